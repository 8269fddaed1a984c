package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The four forms of a deadline, and what a planner who gets one wrong is told. */
class DeadlineRuleTests {

    private static final WorkingDays NOT_NEEDED = WorkingDays.of(List.of());

    @Test
    void aDatePerPeriodIsTodaysForm() {
        DeadlineRule seed = new DeadlineRule.DatePerPeriod(Map.of("2022", LocalDate.of(2022, 11, 10)));
        assertEquals(LocalDate.of(2022, 11, 10), seed.deadlineOf(Period.parse("2022"), WindowKind.CALENDAR, NOT_NEEDED));
        // The seed plan's rule on its calendar plan: before the year ends, after it starts, which is fine.
        assertEquals(List.of(), seed.violations(PeriodType.ANNUAL, 2022, WindowKind.CALENDAR));
    }

    @Test
    void calendarDaysAfterTheWindowAreNotMovedOffADayOff() {
        // The cut-off window of 2023-Q2 ends Wednesday 14/06/2023; ten days later is Saturday 24/06.
        assertEquals(LocalDate.of(2023, 6, 24),
                new DeadlineRule.DaysAfterWindow(10).deadlineOf(Period.parse("2023-Q2"), WindowKind.CUT_OFF, NOT_NEEDED));
        assertEquals(LocalDate.of(2023, 7, 10),
                new DeadlineRule.DaysAfterWindow(10).deadlineOf(Period.parse("2023-Q2"), WindowKind.CALENDAR, NOT_NEEDED));
        assertEquals(LocalDate.of(2023, 6, 30),
                new DeadlineRule.DaysAfterWindow(0).deadlineOf(Period.parse("2023-Q2"), WindowKind.CALENDAR, NOT_NEEDED));
    }

    @Test
    void aDayOfAMonthOfThePeriodCountsItsCalendarMonths() {
        DeadlineRule twentiethOfTheLastMonth = new DeadlineRule.DayOfMonth(20, 3);
        assertEquals(LocalDate.of(2023, 6, 20), twentiethOfTheLastMonth.deadlineOf(Period.parse("2023-Q2"), WindowKind.CUT_OFF, NOT_NEEDED));
        assertEquals(LocalDate.of(2023, 12, 20), twentiethOfTheLastMonth.deadlineOf(Period.parse("2023-Q4"), WindowKind.CALENDAR, NOT_NEEDED));
        assertEquals(LocalDate.of(2023, 12, 18), new DeadlineRule.DayOfMonth(18, 12).deadlineOf(Period.parse("2023"), WindowKind.CUT_OFF, NOT_NEEDED));
        assertEquals(LocalDate.of(2023, 6, 16), new DeadlineRule.DayOfMonth(16, 6).deadlineOf(Period.parse("2023-H1"), WindowKind.CUT_OFF, NOT_NEEDED));
    }

    @Test
    void aDayPastTheEndOfAShortMonthIsItsLastDay() {
        // The 31st of the quarter's first month: April has 30 days.
        assertEquals(LocalDate.of(2023, 4, 30), new DeadlineRule.DayOfMonth(31, 1).deadlineOf(Period.parse("2023-Q2"), WindowKind.CALENDAR, NOT_NEEDED));
        assertEquals(LocalDate.of(2023, 2, 28), new DeadlineRule.DayOfMonth(30, 1).deadlineOf(Period.parse("2023-02"), WindowKind.CALENDAR, NOT_NEEDED));
        assertEquals(LocalDate.of(2024, 2, 29), new DeadlineRule.DayOfMonth(30, 1).deadlineOf(Period.parse("2024-02"), WindowKind.CALENDAR, NOT_NEEDED));
    }

    @Test
    void everyPeriodNeedsADate() {
        DeadlineRule rule = new DeadlineRule.DatePerPeriod(Map.of("2023-Q1", LocalDate.of(2023, 4, 10), "2023-Q3", LocalDate.of(2023, 10, 10),
                "2023-Q4", LocalDate.of(2024, 1, 10)));
        assertEquals(List.of(new Violation("dates.2023-Q2", "no deadline for 2023-Q2: give a date")),
                rule.violations(PeriodType.QUARTERLY, 2023, WindowKind.CALENDAR));
        assertEquals(List.of(new Violation("dates", "give a deadline date for each period: 2023-H1, 2023-H2")),
                new DeadlineRule.DatePerPeriod(null).violations(PeriodType.SEMIANNUAL, 2023, WindowKind.CALENDAR));
        assertThrows(IllegalArgumentException.class, () -> rule.deadlineOf(Period.parse("2023-Q2"), WindowKind.CALENDAR, NOT_NEEDED));
    }

    @Test
    void onACutOffPlanAFixedDateBeforeTheWindowEndsIsRefused() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("2023-Q1", LocalDate.of(2023, 3, 16));
        dates.put("2023-Q2", LocalDate.of(2023, 6, 10));
        dates.put("2023-Q3", LocalDate.of(2023, 9, 14));
        dates.put("2023-Q4", LocalDate.of(2023, 12, 20));
        DeadlineRule rule = new DeadlineRule.DatePerPeriod(dates);
        assertEquals(List.of(new Violation("dates.2023-Q2", "2023-06-10 is before the cut-off window of 2023-Q2 ends on 2023-06-14: give 2023-06-14 or later")),
                rule.violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
        // The same dates on a calendar plan: each comes after its quarter starts.
        assertEquals(List.of(), rule.violations(PeriodType.QUARTERLY, 2023, WindowKind.CALENDAR));
        // The seed plan's date on a cut-off plan: its year's window ends on 14 December.
        assertEquals(List.of(new Violation("dates.2022", "2022-11-10 is before the cut-off window of 2022 ends on 2022-12-14: give 2022-12-14 or later")),
                new DeadlineRule.DatePerPeriod(Map.of("2022", LocalDate.of(2022, 11, 10))).violations(PeriodType.ANNUAL, 2022, WindowKind.CUT_OFF));
    }

    @Test
    void aDateForNoPeriodOfTheRuleOrBeforeItsPeriodStartsIsRefused() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("2023-H1", LocalDate.of(2023, 7, 10));
        dates.put("2023-H2", LocalDate.of(2023, 5, 10));
        dates.put("2023-Q2", LocalDate.of(2023, 7, 10));
        dates.put("2024-H1", LocalDate.of(2024, 7, 10));
        dates.put("2023-H3", LocalDate.of(2023, 7, 10));
        dates.put("2023-h1", LocalDate.of(2023, 7, 10));
        assertEquals(List.of(
                        new Violation("dates.2023-H2", "2023-05-10 is before 2023-H2 starts on 2023-07-01: a period's report is due after it starts"),
                        new Violation("dates.2023-Q2", "2023-Q2 is not one of the periods these deadlines are for: 2023-H1, 2023-H2"),
                        new Violation("dates.2024-H1", "2024-H1 is not one of the periods these deadlines are for: 2023-H1, 2023-H2"),
                        new Violation("dates.2023-H3", "a half is H1 or H2"),
                        new Violation("dates.2023-h1", "period codes are written in capitals: 2023-H1")),
                new DeadlineRule.DatePerPeriod(dates).violations(PeriodType.SEMIANNUAL, 2023, WindowKind.CALENDAR));
        Map<String, LocalDate> withoutDate = new LinkedHashMap<>();
        withoutDate.put("2023", null);
        assertEquals(List.of(new Violation("dates.2023", "give a date (YYYY-MM-DD)")),
                new DeadlineRule.DatePerPeriod(withoutDate).violations(PeriodType.ANNUAL, 2023, WindowKind.CALENDAR));
    }

    @Test
    void nIsFrom0To60() {
        assertEquals(List.of(new Violation("workingDaysAfterWindow", "from 0 to 60 working days after the window ends, not 61")),
                new DeadlineRule.WorkingDaysAfterWindow(61).violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
        assertEquals(List.of(new Violation("daysAfterWindow", "from 0 to 60 days after the window ends, not -1")),
                new DeadlineRule.DaysAfterWindow(-1).violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
        assertEquals(List.of(), new DeadlineRule.WorkingDaysAfterWindow(60).violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
        assertEquals(List.of(), new DeadlineRule.DaysAfterWindow(0).violations(PeriodType.MONTHLY, 2023, WindowKind.CALENDAR));
    }

    @Test
    void aDayOfMonthIs1To31OfAMonthThePeriodHas() {
        assertEquals(List.of(
                        new Violation("dayOfMonth", "a day of the month is 1 to 31 (past the end of a shorter month it means its last day), not 32"),
                        new Violation("monthOfPeriod", "a QUARTERLY period has months 1 to 3 (3 is its last), not 4")),
                new DeadlineRule.DayOfMonth(32, 4).violations(PeriodType.QUARTERLY, 2023, WindowKind.CALENDAR));
        assertEquals(List.of(new Violation("monthOfPeriod", "a month has one month: give 1")),
                new DeadlineRule.DayOfMonth(20, 0).violations(PeriodType.MONTHLY, 2023, WindowKind.CALENDAR));
    }

    @Test
    void onACutOffPlanADayOfMonthBeforeTheWindowEndsIsRefused() {
        // "The 12th of the quarter's last month" is before the cut-off on the 14th.
        assertEquals(List.of(new Violation("dayOfMonth",
                        "the cut-off window ends on the 14th of the period's last month: give 14 or later (2023-Q1: 2023-03-12, window to 2023-03-14)")),
                new DeadlineRule.DayOfMonth(12, 3).violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
        assertEquals(List.of(new Violation("monthOfPeriod", "the cut-off window ends on the 14th of the period's last month (3), "
                        + "so a deadline in month 2 comes before it (2023-Q1: 2023-02-20, window to 2023-03-14)")),
                new DeadlineRule.DayOfMonth(20, 2).violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
        // On a calendar plan the 12th of the last month is allowed: reports cover the period to date.
        assertEquals(List.of(), new DeadlineRule.DayOfMonth(12, 3).violations(PeriodType.QUARTERLY, 2023, WindowKind.CALENDAR));
        assertEquals(List.of(), new DeadlineRule.DayOfMonth(14, 3).violations(PeriodType.QUARTERLY, 2023, WindowKind.CUT_OFF));
    }
}
