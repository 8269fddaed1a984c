package vn.planprogress.reports.api;

/** How a job run ended (or that it has not yet). */
public enum JobOutcome {
    RUNNING,
    SUCCEEDED,
    /** Recorded with its error; retried at nextAttemptAt while attempts remain. */
    FAILED
}
