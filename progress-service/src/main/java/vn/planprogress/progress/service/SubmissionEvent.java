package vn.planprogress.progress.service;

import java.util.Optional;
import java.util.UUID;
import vn.planprogress.common.events.EventType;
import vn.planprogress.progress.api.ReviewDecision;
import vn.planprogress.progress.api.ReviewState;
import vn.planprogress.progress.domain.Review;
import vn.planprogress.progress.domain.Revision;
import vn.planprogress.progress.domain.Submission;

/**
 * What {@code submission.created}, {@code submission.corrected} and {@code submission.reviewed} say
 * (the {@code data} of the event in the outbox): the submission as the change left it; a review adds
 * its decision and comment. {@code taskId} is the task's code, the one name a task has.
 */
public record SubmissionEvent(UUID submissionId, UUID planId, String taskId, String unitCode, String period, int revision,
                              ReviewState reviewStatus, ReviewDecision decision, String comment) {

    static SubmissionEvent of(Submission submission) {
        return new SubmissionEvent(submission.id, submission.planId, submission.taskCode, submission.unitCode, submission.period,
                submission.revision, submission.state, null, null);
    }

    static SubmissionEvent reviewed(Submission submission, Review review) {
        return new SubmissionEvent(submission.id, submission.planId, submission.taskCode, submission.unitCode, submission.period,
                review.revision, submission.state, review.decision, review.comment);
    }

    /**
     * The event a new revision tells, if any. A draft is seen by its unit and admins only, so it tells
     * no one: a submission is created for the feed when its first revision that is not a draft is
     * made (on POST, or on the PUT that submits a draft), and corrected by every revision after that.
     *
     * @param previous the revision before, null for the first
     */
    static Optional<EventType> told(Revision previous, Revision next) {
        if (next.draft) {
            return Optional.empty();
        }
        return Optional.of(previous == null || previous.draft ? EventType.SUBMISSION_CREATED : EventType.SUBMISSION_CORRECTED);
    }
}
