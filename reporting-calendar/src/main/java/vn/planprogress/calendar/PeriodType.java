package vn.planprogress.calendar;

import java.util.ArrayList;
import java.util.List;

/**
 * Kỳ báo cáo: how often a plan asks for reports. A plan may report on several types at once
 * (quarterly, six-month and yearly reports of one plan).
 *
 * <p>Every type but {@link #NINE_MONTHS} tiles its year: its periods, in order, cover every month
 * once. Nine months ("báo cáo 9 tháng") covers January to September only.
 */
public enum PeriodType {

    /** {@code 2023-05}: twelve periods of one month. */
    MONTHLY(1, 12),
    /** {@code 2023-Q2}: four quarters. */
    QUARTERLY(3, 4),
    /** {@code 2023-H1}, {@code 2023-H2}: two halves (sơ kết 6 tháng, tổng kết năm). */
    SEMIANNUAL(6, 2),
    /** {@code 2023-9M}: one period, January to September. */
    NINE_MONTHS(9, 1),
    /** {@code 2023}: the year. */
    ANNUAL(12, 1);

    private final int months;
    private final int periodsPerYear;

    PeriodType(int months, int periodsPerYear) {
        this.months = months;
        this.periodsPerYear = periodsPerYear;
    }

    /** How many calendar months one period of this type spans. */
    public int months() {
        return months;
    }

    /** How many periods of this type a year has. */
    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** The periods of this type in {@code year}, in order. */
    public List<Period> periodsOf(int year) {
        List<Period> periods = new ArrayList<>(periodsPerYear);
        for (int index = 1; index <= periodsPerYear; index++) {
            periods.add(new Period(this, year, index));
        }
        return List.copyOf(periods);
    }
}
