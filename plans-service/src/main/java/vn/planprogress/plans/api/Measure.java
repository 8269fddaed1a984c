package vn.planprogress.plans.api;

/** What an indicator's value is: a count or amount, a percentage (0 to 100), or a text result with no number. */
public enum Measure {
    NUMBER,
    PERCENT,
    QUALITATIVE
}
