package vn.planprogress.plans.api;

/** Where a year's days off come from: the Labour Code's defaults (DEFAULT), or the list an admin set (SET). */
public enum HolidaySource {
    DEFAULT,
    SET
}
