package vn.planprogress.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Hạn báo cáo: how a deadline date is found for each period of one type, in one of four forms.
 * A deadline date means the end of that day in the business zone ({@link BusinessTime}).
 * The forms and the fields their {@linkplain #violations violations} name, which are the fields a
 * service's JSON gives them:
 * <ul>
 * <li>{@link DatePerPeriod} {@code dates}: a date per period code, {@code {"2022": "2022-11-10"}};</li>
 * <li>{@link DaysAfterWindow} {@code daysAfterWindow}: N calendar days after the window's last day
 *     (never moved off a day off: a plan that means working days says so);</li>
 * <li>{@link WorkingDaysAfterWindow} {@code workingDaysAfterWindow}: the N-th working day after the
 *     window's last day ({@link WorkingDays#after});</li>
 * <li>{@link DayOfMonth} {@code dayOfMonth} and {@code monthOfPeriod}: a day of one of the period's
 *     calendar months, the month by its 1-based position in the period (the 20th of month 3 of a
 *     quarter is the 20th of its last month).</li>
 * </ul>
 * N is from 0 to {@value #MAX_DAYS}.
 */
public sealed interface DeadlineRule
        permits DeadlineRule.DatePerPeriod, DeadlineRule.DaysAfterWindow, DeadlineRule.WorkingDaysAfterWindow, DeadlineRule.DayOfMonth {

    /** The most days (calendar or working) a deadline may lie after its window. */
    int MAX_DAYS = 60;

    /**
     * The deadline date of {@code period} when its windows are of {@code window} kind. The rule must
     * have no {@linkplain #violations violations} for the period's type and year.
     *
     * @throws HolidaysNotSet when a count of working days runs into a year {@code workingDays} does not know
     */
    LocalDate deadlineOf(Period period, WindowKind window, WorkingDays workingDays);

    /**
     * What makes the rule unusable for the periods of {@code type} in {@code year} with windows of
     * {@code window} kind, fields relative to the rule ({@code dates.2023-Q2}); empty when it can be used.
     * On a cut-off plan no deadline may come before its window ends: units could not report the
     * figures counted to that day.
     */
    List<Violation> violations(PeriodType type, int year, WindowKind window);

    /** A date per period code, as plans state them today: {@code {"2022": "2022-11-10"}}. */
    record DatePerPeriod(Map<String, LocalDate> dates) implements DeadlineRule {

        public DatePerPeriod {
            dates = dates == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dates));
        }

        @Override
        public LocalDate deadlineOf(Period period, WindowKind window, WorkingDays workingDays) {
            LocalDate date = dates.get(period.code());
            if (date == null) {
                throw new IllegalArgumentException("no deadline date for " + period);
            }
            return date;
        }

        @Override
        public List<Violation> violations(PeriodType type, int year, WindowKind window) {
            List<Period> periods = type.periodsOf(year);
            String codes = periods.stream().map(Period::code).collect(Collectors.joining(", "));
            if (dates.isEmpty()) {
                return List.of(new Violation("dates", "give a deadline date for each period: " + codes));
            }
            List<Violation> violations = new ArrayList<>();
            dates.forEach((code, date) -> {
                String field = "dates." + code;
                Period period;
                try {
                    period = Period.parse(code);
                } catch (InvalidPeriod invalid) {
                    violations.add(new Violation(field, invalid.rule()));
                    return;
                }
                if (!periods.contains(period)) {
                    violations.add(new Violation(field, code + " is not one of the periods these deadlines are for: " + codes));
                } else if (date == null) {
                    violations.add(new Violation(field, "give a date (YYYY-MM-DD)"));
                } else {
                    tooEarly(period, date, window).ifPresent(message -> violations.add(new Violation(field, message)));
                }
            });
            periods.stream().filter(period -> !dates.containsKey(period.code()))
                    .forEach(period -> violations.add(new Violation("dates." + period.code(), "no deadline for " + period + ": give a date")));
            return List.copyOf(violations);
        }

        private static Optional<String> tooEarly(Period period, LocalDate date, WindowKind window) {
            DateRange dates = period.window(window);
            if (date.isBefore(dates.from())) {
                return Optional.of(date + " is before " + period + " starts on " + dates.from()
                        + ": a period's report is due after it starts");
            }
            if (window == WindowKind.CUT_OFF && date.isBefore(dates.to())) {
                return Optional.of(date + " is before the cut-off window of " + period + " ends on " + dates.to()
                        + ": give " + dates.to() + " or later");
            }
            return Optional.empty();
        }
    }

    /** N calendar days after the window's last day: 0 is that day itself. */
    record DaysAfterWindow(int days) implements DeadlineRule {

        @Override
        public LocalDate deadlineOf(Period period, WindowKind window, WorkingDays workingDays) {
            return period.window(window).to().plusDays(days);
        }

        @Override
        public List<Violation> violations(PeriodType type, int year, WindowKind window) {
            return inRange("daysAfterWindow", days, "days");
        }
    }

    /** The N-th working day after the window's last day ("02 ngày làm việc kể từ ngày chốt số liệu"). */
    record WorkingDaysAfterWindow(int days) implements DeadlineRule {

        @Override
        public LocalDate deadlineOf(Period period, WindowKind window, WorkingDays workingDays) {
            return workingDays.after(period.window(window).to(), days);
        }

        @Override
        public List<Violation> violations(PeriodType type, int year, WindowKind window) {
            return inRange("workingDaysAfterWindow", days, "working days");
        }
    }

    /**
     * Day {@code dayOfMonth} (1 to 31) of the period's calendar month at position {@code monthOfPeriod}
     * (1 for its first month, 3 for a quarter's last, 12 for the year's last). A day past the month's
     * end means its last day: the 31st of a 30-day month is the 30th, of February 2023 the 28th.
     */
    record DayOfMonth(int dayOfMonth, int monthOfPeriod) implements DeadlineRule {

        @Override
        public LocalDate deadlineOf(Period period, WindowKind window, WorkingDays workingDays) {
            return dateIn(period);
        }

        private LocalDate dateIn(Period period) {
            YearMonth month = period.months().get(monthOfPeriod - 1);
            return month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
        }

        @Override
        public List<Violation> violations(PeriodType type, int year, WindowKind window) {
            List<Violation> violations = new ArrayList<>();
            if (dayOfMonth < 1 || dayOfMonth > 31) {
                violations.add(new Violation("dayOfMonth", "a day of the month is 1 to 31 (past the end of a shorter month it means its last day), not " + dayOfMonth));
            }
            if (monthOfPeriod < 1 || monthOfPeriod > type.months()) {
                violations.add(new Violation("monthOfPeriod", type.months() == 1
                        ? "a month has one month: give 1"
                        : "a " + type + " period has months 1 to " + type.months() + " (" + type.months() + " is its last), not " + monthOfPeriod));
            }
            if (!violations.isEmpty() || window != WindowKind.CUT_OFF) {
                return List.copyOf(violations);
            }
            for (Period period : type.periodsOf(year)) {
                LocalDate deadline = dateIn(period);
                LocalDate windowEnd = period.window(window).to();
                if (deadline.isBefore(windowEnd)) {
                    // The cut-off window ends on the 14th of the last month, the same for every period of the type.
                    return List.of(monthOfPeriod < type.months()
                            ? new Violation("monthOfPeriod", "the cut-off window ends on the 14th of the period's last month ("
                                    + type.months() + "), so a deadline in month " + monthOfPeriod + " comes before it (" + period + ": "
                                    + deadline + ", window to " + windowEnd + ")")
                            : new Violation("dayOfMonth", "the cut-off window ends on the 14th of the period's last month: give 14 or later ("
                                    + period + ": " + deadline + ", window to " + windowEnd + ")"));
                }
            }
            return List.of();
        }
    }

    private static List<Violation> inRange(String field, int days, String unit) {
        return days < 0 || days > MAX_DAYS
                ? List.of(new Violation(field, "from 0 to " + MAX_DAYS + " " + unit + " after the window ends, not " + days))
                : List.of();
    }
}
