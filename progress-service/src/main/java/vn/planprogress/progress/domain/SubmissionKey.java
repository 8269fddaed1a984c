package vn.planprogress.progress.domain;

import java.util.UUID;

/** What a submission is about: one task of one plan, one unit, one reporting period. There is one submission per key. */
public record SubmissionKey(UUID planId, String taskCode, String unitCode, String period) {

    @Override
    public String toString() {
        return unitCode + " on task " + taskCode + " for " + period;
    }
}
