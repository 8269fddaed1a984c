package vn.planprogress.plans.api;

/** How an indicator's values over periods add up: SUM of every period, or LATEST (cumulative: the latest period carries the total). */
public enum Aggregation {
    SUM,
    LATEST
}
