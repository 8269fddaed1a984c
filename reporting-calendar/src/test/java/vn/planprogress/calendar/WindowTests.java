package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The windows of Nghị định 09/2019/NĐ-CP Art. 12, written from its text, and calendar windows. */
class WindowTests {

    @Test
    void theWindowsOfA2023QuarterlyCutOffPlan() {
        // "Báo cáo định kỳ hằng quý: tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối quý."
        assertEquals(List.of(
                        range("2022-12-15", "2023-03-14"),
                        range("2023-03-15", "2023-06-14"),
                        range("2023-06-15", "2023-09-14"),
                        range("2023-09-15", "2023-12-14")),
                PeriodType.QUARTERLY.periodsOf(2023).stream().map(period -> period.window(WindowKind.CUT_OFF)).toList());
    }

    @Test
    void theHalvesNineMonthsAndTheYearStartOn15DecemberOfTheYearBefore() {
        // 6 tháng đầu năm: 15/12 năm trước đến 14/6; 6 tháng cuối năm: 15/6 đến 14/12;
        // 9 tháng: 15/12 năm trước đến 14/9; hằng năm: 15/12 năm trước đến 14/12 năm báo cáo.
        assertEquals(range("2022-12-15", "2023-06-14"), Period.parse("2023-H1").window(WindowKind.CUT_OFF));
        assertEquals(range("2023-06-15", "2023-12-14"), Period.parse("2023-H2").window(WindowKind.CUT_OFF));
        assertEquals(range("2022-12-15", "2023-09-14"), Period.parse("2023-9M").window(WindowKind.CUT_OFF));
        assertEquals(range("2022-12-15", "2023-12-14"), Period.parse("2023").window(WindowKind.CUT_OFF));
    }

    @Test
    void aMonthRunsFromThe15thOfThePreviousMonthToThe14th() {
        // Hằng tháng: từ ngày 15 của tháng trước đến ngày 14 của tháng thuộc kỳ báo cáo.
        assertEquals(range("2022-12-15", "2023-01-14"), Period.parse("2023-01").window(WindowKind.CUT_OFF));
        assertEquals(range("2024-01-15", "2024-02-14"), Period.parse("2024-02").window(WindowKind.CUT_OFF));
        assertEquals(range("2023-02-15", "2023-03-14"), Period.parse("2023-03").window(WindowKind.CUT_OFF));
        assertEquals(range("2023-11-15", "2023-12-14"), Period.parse("2023-12").window(WindowKind.CUT_OFF));
    }

    @Test
    void aCalendarWindowIsThePeriodsOwnDates() {
        assertEquals(range("2023-04-01", "2023-06-30"), Period.parse("2023-Q2").window(WindowKind.CALENDAR));
        assertEquals(range("2024-02-01", "2024-02-29"), Period.parse("2024-02").window(WindowKind.CALENDAR));
        assertEquals(range("2023-01-01", "2023-09-30"), Period.parse("2023-9M").window(WindowKind.CALENDAR));
        assertEquals(range("2022-01-01", "2022-12-31"), Period.parse("2022").window(WindowKind.CALENDAR));
    }

    @Test
    void windowsAreClosedRanges() {
        DateRange q2 = Period.parse("2023-Q2").window(WindowKind.CUT_OFF);
        assertEquals(true, q2.contains(LocalDate.parse("2023-03-15")));
        assertEquals(true, q2.contains(LocalDate.parse("2023-06-14")));
        assertEquals(false, q2.contains(LocalDate.parse("2023-06-15")));
        assertEquals(true, q2.overlaps(range("2023-06-14", "2023-07-01")));
        assertEquals(false, q2.overlaps(range("2023-06-15", "2023-07-01")));
        assertEquals(true, q2.overlaps(range("2023-01-01", "2023-12-31")));
    }

    static DateRange range(String from, String to) {
        return new DateRange(LocalDate.parse(from), LocalDate.parse(to));
    }
}
