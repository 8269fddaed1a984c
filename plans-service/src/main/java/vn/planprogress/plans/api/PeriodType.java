package vn.planprogress.plans.api;

/**
 * Kỳ báo cáo: how often units report, one to one with the reporting calendar's
 * {@code vn.planprogress.calendar.PeriodType}: per month ({@code 2023-05}), quarter ({@code 2023-Q2}),
 * half year ({@code 2023-H1}), nine months ({@code 2023-9M}) or year ({@code 2023}).
 */
public enum PeriodType {
    ANNUAL,
    QUARTERLY,
    MONTHLY,
    SEMIANNUAL,
    NINE_MONTHS;

    /** The reporting calendar's type of the same name. */
    public vn.planprogress.calendar.PeriodType calendar() {
        return vn.planprogress.calendar.PeriodType.valueOf(name());
    }

    public static PeriodType of(vn.planprogress.calendar.PeriodType type) {
        return valueOf(type.name());
    }
}
