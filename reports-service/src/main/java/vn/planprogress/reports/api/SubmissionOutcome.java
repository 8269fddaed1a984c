package vn.planprogress.reports.api;

/** What became of an expected submission, as of the report's instant. */
public enum SubmissionOutcome {
    /** First submitted by the end of the unit deadline day (Asia/Ho_Chi_Minh). */
    ON_TIME,
    /** First submitted after it. */
    LATE,
    /** Not submitted at all (chưa báo cáo). */
    MISSING
}
