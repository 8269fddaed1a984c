package vn.planprogress.plans.api;

/**
 * Which dates a period's report covers (thời gian chốt số liệu): {@code CALENDAR}, the period's own
 * dates, or {@code CUT_OFF}, the windows of Nghị định 09/2019/NĐ-CP Art. 12 (the 15th of the month
 * before the period to the 14th of its last month).
 */
public enum WindowKind {
    CALENDAR,
    CUT_OFF;

    public vn.planprogress.calendar.WindowKind calendar() {
        return vn.planprogress.calendar.WindowKind.valueOf(name());
    }
}
