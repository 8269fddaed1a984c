package vn.planprogress.progress.service;

import java.util.Optional;
import vn.planprogress.progress.api.SubmissionRequest;
import vn.planprogress.progress.client.LockException;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.SubmissionKey;

/**
 * A new submission that passed the checks against the caller and the plan, ready to be written; in a
 * locked period, with the lock exception it is accepted under.
 */
public record CheckedSubmission(SubmissionKey key, SubmissionRequest request, PlanDigest plan, Optional<LockException> underException) {
}
