package vn.planprogress.plans.api;

/** A plan's lifecycle: drafted, issued (number given, content frozen but for amendments), closed. */
public enum PlanStatus {
    DRAFT,
    ISSUED,
    CLOSED
}
