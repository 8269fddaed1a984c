package vn.planprogress.progress.repository;

import java.time.Instant;
import java.util.UUID;
import vn.planprogress.progress.api.ProgressStatus;
import vn.planprogress.progress.api.ReviewState;

/**
 * The filters of the submissions list; null means any. With {@code asOf}, each submission is taken
 * as it stood at that instant. {@code draftsOf} says whose drafts the caller may see: a unit code,
 * {@link #ALL_DRAFTS}, or null for none.
 */
public record SubmissionFilter(UUID planId, String unitCode, String taskCode, String period, ProgressStatus status,
                               ReviewState state, Boolean late, Instant asOf, String draftsOf) {

    public static final String ALL_DRAFTS = "*";
}
