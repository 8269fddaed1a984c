package vn.planprogress.progress.service;

import vn.planprogress.progress.api.SubmissionRequest;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.SubmissionKey;

/** A new submission that passed the checks against the caller and the plan, ready to be written. */
public record CheckedSubmission(SubmissionKey key, SubmissionRequest request, PlanDigest plan) {
}
