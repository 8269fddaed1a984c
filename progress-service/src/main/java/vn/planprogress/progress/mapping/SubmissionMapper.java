package vn.planprogress.progress.mapping;

import java.util.List;
import vn.planprogress.progress.api.ReviewDocument;
import vn.planprogress.progress.api.ReviewState;
import vn.planprogress.progress.api.SubmissionDocument;
import vn.planprogress.progress.domain.Review;
import vn.planprogress.progress.domain.Revision;
import vn.planprogress.progress.domain.Submission;

/** Submissions, revisions and reviews as the API shows them: the one place where entities become DTOs. */
public final class SubmissionMapper {

    private SubmissionMapper() {
    }

    /** The submission as {@code revision} states it, in review state {@code state}. */
    public static SubmissionDocument toDocument(Submission submission, Revision revision, ReviewState state) {
        return new SubmissionDocument(submission.id, submission.planId, submission.taskCode, submission.unitCode,
                submission.period, revision.status, List.copyOf(revision.values), revision.summary, revision.difficulties,
                revision.proposals, List.copyOf(revision.evidence), state, revision.number, revision.submittedBy,
                revision.submittedAt, revision.firstSubmittedAt, revision.unitDeadline, revision.late,
                revision.correctionReason, revision.lateCorrection);
    }

    /**
     * A revision of the history with the state it came to: a draft stays a draft; a submitted one is
     * what the last decision on it made it, or still submitted.
     */
    public static SubmissionDocument toHistoryEntry(Submission submission, Revision revision, List<Review> reviews) {
        ReviewState state = revision.draft ? ReviewState.DRAFT : reviews.stream()
                .filter(review -> review.revision == revision.number)
                .reduce((first, second) -> second)
                .map(review -> review.decision.outcome())
                .orElse(ReviewState.SUBMITTED);
        return toDocument(submission, revision, state);
    }

    public static ReviewDocument toDocument(Review review) {
        return new ReviewDocument(review.revision, review.decision, review.comment, review.decision.outcome(),
                review.reviewedBy, review.reviewedAt);
    }
}
