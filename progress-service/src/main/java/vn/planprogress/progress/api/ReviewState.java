package vn.planprogress.progress.api;

/** Where a submission stands with the department that reviews it. */
public enum ReviewState {
    /** Saved by the unit, not yet submitted: seen only by the unit and admins, not counted, not timed. */
    DRAFT,
    /** Submitted (or corrected) and awaiting review. */
    SUBMITTED,
    /** Accepted by the department. */
    ACCEPTED,
    /** Returned to the unit for correction (trả lại). */
    RETURNED
}
