package vn.planprogress.reports.api;

/** A task's state in a report, from its lead units' latest statuses and its schedule. */
public enum TaskStatus {
    /** Every lead unit's latest status is DONE. */
    DONE,
    /** Not done, and some lead unit reports progress. */
    IN_PROGRESS,
    /** Not done, and no lead unit reports progress. */
    NOT_STARTED,
    /** Its schedule ended before the report date and it is not done (quá hạn). */
    OVERDUE
}
