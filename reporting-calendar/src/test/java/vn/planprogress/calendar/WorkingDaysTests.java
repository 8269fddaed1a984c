package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "N ngày làm việc" counted by hand, with the weekday of every date in the comments. */
class WorkingDaysTests {

    private static final WorkingDays DEFAULTS = WorkingDays.of(DefaultHolidays.shipped());
    private static final DeadlineRule TWO_WORKING_DAYS = new DeadlineRule.WorkingDaysAfterWindow(2);

    @Test
    void twoWorkingDaysAfterTheCutOffOfEachQuarterOf2023() {
        // Q1: the window ends Tuesday 14/03/2023; Wednesday 15/03 is the 1st working day, Thursday 16/03 the 2nd.
        assertEquals(LocalDate.of(2023, 3, 16), deadline("2023-Q1"));
        // Q2: ends Wednesday 14/06; Thursday 15/06 (1st), Friday 16/06 (2nd).
        assertEquals(LocalDate.of(2023, 6, 16), deadline("2023-Q2"));
        // Q3: ends Thursday 14/09 (the Quốc khánh days 1, 2 and 4/09 are behind it); Friday 15/09 (1st),
        // Saturday 16 and Sunday 17 off, Monday 18/09 (2nd).
        assertEquals(LocalDate.of(2023, 9, 18), deadline("2023-Q3"));
        // Q4: ends Thursday 14/12; Friday 15/12 (1st), the weekend, Monday 18/12 (2nd).
        assertEquals(LocalDate.of(2023, 12, 18), deadline("2023-Q4"));
    }

    @Test
    void twoWorkingDaysAfterACalendarAprilOf2023StepOverTheHolidays() {
        // April ends Sunday 30/04 (Ngày Chiến thắng); Monday 1/05 is a holiday, Tuesday 2/05 and Wednesday 3/05
        // are off in exchange for Giỗ Tổ (Saturday 29/04) and 30/04; Thursday 4/05 (1st), Friday 5/05 (2nd).
        assertEquals(LocalDate.of(2023, 5, 5), TWO_WORKING_DAYS.deadlineOf(Period.parse("2023-04"), WindowKind.CALENDAR, DEFAULTS));
    }

    @Test
    void aDeadlineThatMeetsTetMovesPastItOnceTheDaysOffOfTheYearAreSet() {
        // The cut-off window of January 2024 ends Sunday 14/01/2024. Nineteen working days: Monday 15 to
        // Friday 19/01 (1st–5th), 22–26/01 (6th–10th), 29/01–2/02 (11th–15th), Monday 5, Tuesday 6 and
        // Wednesday 7/02 (16th–18th); Thursday 8 to Wednesday 14/02 is Tết as announced; Thursday 15/02 (19th).
        DeadlineRule nineteen = new DeadlineRule.WorkingDaysAfterWindow(19);
        Period january = Period.parse("2024-01");
        assertEquals(LocalDate.of(2024, 2, 15), nineteen.deadlineOf(january, WindowKind.CUT_OFF, WorkingDays.of(List.of(HolidaysTests.announced2024()))));
        // Before the year's days off are set (weekends only), the 19th is Thursday 8/02, the first day of Tết.
        WorkingDays weekendsOnly = WorkingDays.of(List.of(new Holidays(2024, List.of(), List.of())));
        assertEquals(LocalDate.of(2024, 2, 8), nineteen.deadlineOf(january, WindowKind.CUT_OFF, weekendsOnly));
        // The defaults of 2024 give the same Tết as the announcement.
        assertEquals(LocalDate.of(2024, 2, 15), nineteen.deadlineOf(january, WindowKind.CUT_OFF, DEFAULTS));
    }

    @Test
    void aWorkingSaturdayCountsAsAWorkingDay() {
        WorkingDays announced = WorkingDays.of(List.of(HolidaysTests.announced2024()));
        // April 2024 ends Tuesday 30/04 (a holiday); Wednesday 1/05 too; Thursday 2/05 (1st), Friday 3/05 (2nd),
        // Saturday 4/05, worked in exchange for Monday 29/04 (3rd).
        assertEquals(LocalDate.of(2024, 5, 3), announced.after(LocalDate.of(2024, 4, 30), 2));
        assertEquals(LocalDate.of(2024, 5, 4), announced.after(LocalDate.of(2024, 4, 30), 3));
        assertTrue(announced.isWorkingDay(LocalDate.of(2024, 5, 4)));
        assertFalse(announced.isWorkingDay(LocalDate.of(2024, 4, 29)));
        assertFalse(announced.isWorkingDay(LocalDate.of(2024, 5, 11)));
    }

    @Test
    void zeroWorkingDaysIsTheDayItselfOrTheNextWorkingDay() {
        // Tuesday 14/03/2023 is a working day.
        assertEquals(LocalDate.of(2023, 3, 14), DEFAULTS.after(LocalDate.of(2023, 3, 14), 0));
        // Saturday 14/01/2023: Monday 16/01.
        assertEquals(LocalDate.of(2023, 1, 16), DEFAULTS.after(LocalDate.of(2023, 1, 14), 0));
        // Friday 20/01/2023 is the first day of Tết; the next working day is Friday 27/01.
        assertEquals(LocalDate.of(2023, 1, 27), DEFAULTS.after(LocalDate.of(2023, 1, 20), 0));
    }

    @Test
    void aYearWhoseDaysOffAreNotSetIsNotGuessed() {
        WorkingDays only2023 = WorkingDays.of(List.of(DefaultHolidays.of(2023)));
        // Friday 29/12/2023: the next working day would be in 2024.
        HolidaysNotSet notSet = assertThrows(HolidaysNotSet.class, () -> only2023.after(LocalDate.of(2023, 12, 29), 1));
        assertEquals(2024, notSet.year());
        assertEquals("the days off of 2024 are not set", notSet.getMessage());
    }

    @Test
    void onlyValidListsAndOneListAYearMakeWorkingDays() {
        Holidays wrong = new Holidays(2024, List.of(HolidaysTests.day("2025-01-01", "Tết Dương lịch")), List.of());
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.of(List.of(wrong)));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.of(List.of(DefaultHolidays.of(2024), HolidaysTests.announced2024())));
        assertThrows(IllegalArgumentException.class, () -> DEFAULTS.after(LocalDate.of(2024, 1, 1), -1));
    }

    private static LocalDate deadline(String code) {
        return TWO_WORKING_DAYS.deadlineOf(Period.parse(code), WindowKind.CUT_OFF, DEFAULTS);
    }
}
