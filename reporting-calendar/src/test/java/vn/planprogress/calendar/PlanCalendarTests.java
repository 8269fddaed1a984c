package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.calendar.WindowTests.range;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A department's 2023 plan that asks for quarterly, six-month and yearly reports on the cut-off
 * windows of Nghị định 09/2019: units report 2 working days after the cut-off, the consolidated
 * report is due 5 working days after it, entry opens 5 days before the window ends and a period
 * locks 5 days after the unit deadline. Every date below is counted by hand with the 2023 defaults.
 */
class PlanCalendarTests {

    private static final WorkingDays DEFAULTS = WorkingDays.of(DefaultHolidays.shipped());
    private static final BusinessTime VIETNAM = BusinessTime.inDefaultZone();
    private static final PeriodDeadlines AFTER_CUT_OFF =
            new PeriodDeadlines(new DeadlineRule.WorkingDaysAfterWindow(2), new DeadlineRule.WorkingDaysAfterWindow(5));
    private static final ReportingRules CUT_OFF_2023 = new ReportingRules(2023, WindowKind.CUT_OFF,
            Map.of(PeriodType.QUARTERLY, AFTER_CUT_OFF, PeriodType.SEMIANNUAL, AFTER_CUT_OFF, PeriodType.ANNUAL, AFTER_CUT_OFF),
            new EntryOpening.DaysBeforeWindowEnd(5), new PeriodLock.DaysAfterUnitDeadline(5));

    private final PlanCalendar calendar = PlanCalendar.of(CUT_OFF_2023, DEFAULTS, VIETNAM);

    @Test
    void everyPeriodOfThePlanInTheOrderTheirWindowsEnd() {
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-Q4", "2023-H2", "2023"),
                calendar.periods().stream().map(PlanPeriod::code).toList());
    }

    @Test
    void eachPeriodsWindowDeadlinesEntryAndLockAsDates() {
        // Q1: the window ends Tuesday 14/03; units by Thursday 16/03 (Wed 15, Thu 16); consolidated by
        // Tuesday 21/03 (Wed 15, Thu 16, Fri 17, Mon 20, Tue 21); entry from 09/03; entry until 16 + 5 = 21/03.
        assertPeriod("2023-Q1", range("2022-12-15", "2023-03-14"), "2023-03-16", "2023-03-21", "2023-03-09", "2023-03-21");
        // Q2 and H1 end Wednesday 14/06: Thu 15, Fri 16 for units; Mon 19, Tue 20, Wed 21 for the consolidation.
        assertPeriod("2023-Q2", range("2023-03-15", "2023-06-14"), "2023-06-16", "2023-06-21", "2023-06-09", "2023-06-21");
        assertPeriod("2023-H1", range("2022-12-15", "2023-06-14"), "2023-06-16", "2023-06-21", "2023-06-09", "2023-06-21");
        // Q3 ends Thursday 14/09: Fri 15, Mon 18 for units; Tue 19, Wed 20, Thu 21 for the consolidation; locks after 23/09.
        assertPeriod("2023-Q3", range("2023-06-15", "2023-09-14"), "2023-09-18", "2023-09-21", "2023-09-09", "2023-09-23");
        // Q4, H2 and the year end Thursday 14/12: the same counting as Q3.
        assertPeriod("2023-Q4", range("2023-09-15", "2023-12-14"), "2023-12-18", "2023-12-21", "2023-12-09", "2023-12-23");
        assertPeriod("2023-H2", range("2023-06-15", "2023-12-14"), "2023-12-18", "2023-12-21", "2023-12-09", "2023-12-23");
        assertPeriod("2023", range("2022-12-15", "2023-12-14"), "2023-12-18", "2023-12-21", "2023-12-09", "2023-12-23");
    }

    @Test
    void aSubmissionAt235959OnTheDeadlineIsOnTimeAndOneSecondLaterLate() {
        PlanPeriod q2 = calendar.period("2023-Q2");
        assertEquals(Instant.parse("2023-06-16T17:00:00Z"), q2.unitDeadlineEndsAt());
        assertEquals(Instant.parse("2023-06-21T17:00:00Z"), q2.consolidatedDeadlineEndsAt());
        assertTrue(q2.isOnTime(at("2023-06-16T23:59:59+07:00")));
        assertFalse(q2.isOnTime(at("2023-06-17T00:00:00+07:00")));
    }

    @Test
    void entryIsAcceptedFromTheStartOfTheOpeningDayThroughTheEndOfTheLastEntryDay() {
        PlanPeriod q2 = calendar.period("2023-Q2");
        assertEquals(Optional.of(Instant.parse("2023-06-08T17:00:00Z")), q2.entryOpensAt());
        assertEquals(Optional.of(Instant.parse("2023-06-21T17:00:00Z")), q2.locksAt());
        assertFalse(q2.isOpenForEntry(at("2023-06-08T23:59:59+07:00")));
        assertTrue(q2.isOpenForEntry(at("2023-06-09T00:00:00+07:00")));
        assertTrue(q2.isOpenForEntry(at("2023-06-21T23:59:59+07:00")));
        assertFalse(q2.isOpenForEntry(at("2023-06-22T00:00:00+07:00")));
    }

    @Test
    void theTasksExpectedInAPeriodFollowItsWindow() {
        // A task of Quarter II (1/4 to 30/6/2023) reports in Q2 and, for its last days, in Q3, and in H1, H2 and the year.
        assertEquals(List.of("2023-Q2", "2023-H1", "2023-Q3", "2023-H2", "2023"), codes(calendar.overlapping(range("2023-04-01", "2023-06-30"))));
        // 15 to 31 December 2023 belong to the windows of 2024.
        assertEquals(List.of(), codes(calendar.overlapping(range("2023-12-15", "2023-12-31"))));
        // 15 to 20 December 2022 are in the first windows of 2023.
        assertEquals(List.of("2023-Q1", "2023-H1", "2023"), codes(calendar.overlapping(range("2022-12-01", "2022-12-20"))));
    }

    @Test
    void aPeriodIsNamedByItsCodeAndOnlyOneThePlanReportsOn() {
        assertEquals(Period.parse("2023-H1"), calendar.period("2023-H1").period());
        String reports = "the plan reports on QUARTERLY periods (2023-Q1 to 2023-Q4), SEMIANNUAL periods (2023-H1 to 2023-H2), ANNUAL periods (2023)";
        assertEquals(reports, assertThrows(InvalidPeriod.class, () -> calendar.period("2023-05")).rule());
        assertEquals(reports, assertThrows(InvalidPeriod.class, () -> calendar.period("2024-Q1")).rule());
        assertEquals("a half is H1 or H2", assertThrows(InvalidPeriod.class, () -> calendar.period("2023-H3")).rule());
        assertEquals(Optional.empty(), calendar.find(Period.parse("2023-9M")));
    }

    @Test
    void theSeedsCalendarPlanKeepsItsDatesAndTakesEntriesAnyTime() {
        PlanCalendar seed = PlanCalendar.of(seedRules(EntryOpening.ANY_TIME, PeriodLock.NEVER), WorkingDays.of(List.of()), VIETNAM);
        PlanPeriod year = seed.period("2022");
        assertEquals(List.of(year), seed.periods());
        assertEquals(range("2022-01-01", "2022-12-31"), year.window());
        assertEquals(LocalDate.of(2022, 11, 10), year.unitDeadline());
        assertEquals(LocalDate.of(2022, 11, 15), year.consolidatedDeadline());
        assertEquals(Instant.parse("2022-11-10T17:00:00Z"), year.unitDeadlineEndsAt());
        assertEquals(Optional.empty(), year.entryOpensOn());
        assertEquals(Optional.empty(), year.locksAfter());
        assertTrue(year.isOpenForEntry(at("2030-01-01T00:00:00+07:00")));
    }

    @Test
    void rulesThatCannotBeUsedAreNamedFieldByField() {
        assertEquals(List.of(new Violation("deadlines", "name at least one period type with its deadline rules")),
                ReportingRules.of(2023, WindowKind.CUT_OFF, Map.of()).violations());
        // The seed's dates on a cut-off plan: the year's window ends on 14 December.
        assertEquals(List.of(
                        new Violation("deadlines.ANNUAL.unitDeadline.dates.2022", "2022-11-10 is before the cut-off window of 2022 ends on 2022-12-14: give 2022-12-14 or later"),
                        new Violation("deadlines.ANNUAL.consolidatedDeadline.dates.2022", "2022-11-15 is before the cut-off window of 2022 ends on 2022-12-14: give 2022-12-14 or later")),
                new ReportingRules(2022, WindowKind.CUT_OFF, seedRules(null, null).deadlines(), null, null).violations());
        assertEquals(List.of(
                        new Violation("deadlines.QUARTERLY.unitDeadline.workingDaysAfterWindow", "from 0 to 60 working days after the window ends, not 61"),
                        new Violation("deadlines.QUARTERLY.consolidatedDeadline", "give the consolidated deadline rule"),
                        new Violation("entryOpening.daysBeforeWindowEnd", "from 0 to 60 days before the window ends, not 61"),
                        new Violation("lock.daysAfterUnitDeadline", "from 0 to 60 days after the unit deadline, not -1")),
                new ReportingRules(2023, WindowKind.CUT_OFF, Map.of(PeriodType.QUARTERLY, new PeriodDeadlines(new DeadlineRule.WorkingDaysAfterWindow(61), null)),
                        new EntryOpening.DaysBeforeWindowEnd(61), new PeriodLock.DaysAfterUnitDeadline(-1)).violations());
        assertThrows(IllegalArgumentException.class, () -> PlanCalendar.of(ReportingRules.of(2023, WindowKind.CUT_OFF, Map.of()), DEFAULTS, VIETNAM));
    }

    @Test
    void aPeriodThatWouldLockBeforeItsEntryOpensIsRefused() {
        // Due 10/11/2022 and locked 5 days later, but open only from 10 days before 31/12/2022.
        assertEquals(List.of(new Violation("lock", "2022 would lock after 2022-11-15, before its entry opens on 2022-12-21: open entry earlier or lock later")),
                seedRules(new EntryOpening.DaysBeforeWindowEnd(10), new PeriodLock.DaysAfterUnitDeadline(5)).violations());
        assertEquals(List.of(), seedRules(EntryOpening.AT_WINDOW_START, new PeriodLock.DaysAfterUnitDeadline(5)).violations());
    }

    @Test
    void aCalendarPlanWhoseLastDeadlineFallsInTheNextYearNeedsThatYearsDaysOff() {
        // Q4 ends Sunday 31/12/2023: two working days later is in 2024.
        ReportingRules calendarQuarters = ReportingRules.of(2023, WindowKind.CALENDAR, Map.of(PeriodType.QUARTERLY, AFTER_CUT_OFF));
        HolidaysNotSet notSet = assertThrows(HolidaysNotSet.class,
                () -> PlanCalendar.of(calendarQuarters, WorkingDays.of(List.of(DefaultHolidays.of(2023))), VIETNAM));
        assertEquals(2024, notSet.year());
        // Given 2024: Monday 1/01 is Tết Dương lịch, Tuesday 2 and Wednesday 3/01 the two working days.
        assertEquals(LocalDate.of(2024, 1, 3), PlanCalendar.of(calendarQuarters, DEFAULTS, VIETNAM).period("2023-Q4").unitDeadline());
    }

    private static ReportingRules seedRules(EntryOpening entry, PeriodLock lock) {
        return new ReportingRules(2022, WindowKind.CALENDAR, Map.of(PeriodType.ANNUAL, new PeriodDeadlines(
                new DeadlineRule.DatePerPeriod(Map.of("2022", LocalDate.of(2022, 11, 10))),
                new DeadlineRule.DatePerPeriod(Map.of("2022", LocalDate.of(2022, 11, 15))))), entry, lock);
    }

    private void assertPeriod(String code, DateRange window, String unitDeadline, String consolidatedDeadline, String entryOpensOn, String locksAfter) {
        PlanPeriod period = calendar.period(code);
        assertEquals(window, period.window(), code);
        assertEquals(LocalDate.parse(unitDeadline), period.unitDeadline(), code);
        assertEquals(LocalDate.parse(consolidatedDeadline), period.consolidatedDeadline(), code);
        assertEquals(Optional.of(LocalDate.parse(entryOpensOn)), period.entryOpensOn(), code);
        assertEquals(Optional.of(LocalDate.parse(locksAfter)), period.locksAfter(), code);
        assertEquals(VIETNAM.endOf(LocalDate.parse(unitDeadline)), period.unitDeadlineEndsAt(), code);
        assertEquals(Optional.of(VIETNAM.endOf(LocalDate.parse(locksAfter))), period.locksAt(), code);
    }

    private static List<String> codes(List<PlanPeriod> periods) {
        return periods.stream().map(PlanPeriod::code).toList();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
