package vn.planprogress.plans.api;

/** How a task's time frame (thời gian thực hiện) is given. */
public enum ScheduleKind {
    /** All year round (thường xuyên trong năm). */
    CONTINUOUS,
    /** In given quarters of the plan year, e.g. Quý I - II/2022. */
    QUARTERS,
    /** Between two dates. */
    DATE_RANGE
}
