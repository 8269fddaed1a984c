package vn.planprogress.plans.api;

/** Whether an indicator improves as its value grows (INCREASE) or falls (DECREASE, e.g. overdue files). */
public enum Direction {
    INCREASE,
    DECREASE
}
