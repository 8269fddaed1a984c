package vn.planprogress.plans.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.planprogress.plans.api.PeriodType;

/** The reporting periods of a plan year: {@code 2022}, {@code 2022-Q1}..{@code Q4}, {@code 2022-01}..{@code 12}. */
public final class Periods {

    /** A reporting period with its first and last day. */
    public record Period(String code, LocalDate from, LocalDate to) {
    }

    private Periods() {
    }

    public static List<Period> of(PeriodType type, int year) {
        List<Period> periods = new ArrayList<>();
        switch (type) {
            case ANNUAL -> periods.add(new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            case QUARTERLY -> {
                for (int quarter = 1; quarter <= 4; quarter++) {
                    periods.add(new Period(year + "-Q" + quarter, quarterStart(year, quarter), quarterEnd(year, quarter)));
                }
            }
            case MONTHLY -> {
                for (int month = 1; month <= 12; month++) {
                    YearMonth yearMonth = YearMonth.of(year, month);
                    periods.add(new Period(String.format("%d-%02d", year, month), yearMonth.atDay(1), yearMonth.atEndOfMonth()));
                }
            }
        }
        return periods;
    }

    public static Optional<Period> find(PeriodType type, int year, String code) {
        return of(type, year).stream().filter(p -> p.code().equals(code)).findFirst();
    }

    public static LocalDate quarterStart(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate quarterEnd(int year, int quarter) {
        return YearMonth.of(year, quarter * 3).atEndOfMonth();
    }
}
