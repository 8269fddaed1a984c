package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The lunar computation against dates every Vietnamese calendar prints. */
class LunarCalendarTests {

    @Test
    void tetFallsOnTheKnownDates() {
        assertEquals(LocalDate.of(2022, 2, 1), LunarCalendar.newYear(2022));
        assertEquals(LocalDate.of(2023, 1, 22), LunarCalendar.newYear(2023));
        assertEquals(LocalDate.of(2024, 2, 10), LunarCalendar.newYear(2024));
        assertEquals(LocalDate.of(2025, 1, 29), LunarCalendar.newYear(2025));
        assertEquals(LocalDate.of(2026, 2, 17), LunarCalendar.newYear(2026));
        assertEquals(LocalDate.of(2021, 2, 12), LunarCalendar.newYear(2021));
        assertEquals(LocalDate.of(2027, 2, 6), LunarCalendar.newYear(2027));
        assertEquals(LocalDate.of(2028, 1, 26), LunarCalendar.newYear(2028));
    }

    @Test
    void theDaysAreReckonedInUtcPlus7NotInChinasUtcPlus8() {
        // 1985: the new moon of 21 January fell before midnight in Hanoi and after it in Beijing,
        // which moved month 11 and so Tết by a month: 21 January here, 20 February in China.
        assertEquals(LocalDate.of(1985, 1, 21), LunarCalendar.newYear(1985));
        // 2007 and 2030: the new moon between 23:00 and midnight in Hanoi, a day apart from China's 18 February and 3 February.
        assertEquals(LocalDate.of(2007, 2, 17), LunarCalendar.newYear(2007));
        assertEquals(LocalDate.of(2030, 2, 2), LunarCalendar.newYear(2030));
    }

    @Test
    void gioToHungVuongIsThe10thOfTheThirdMonth() {
        assertEquals(LocalDate.of(2022, 4, 10), LunarCalendar.toSolar(2022, 3, 10));
        // 2023 (Quý Mão) has a leap second month: the third month comes one month later.
        assertEquals(LocalDate.of(2023, 4, 29), LunarCalendar.toSolar(2023, 3, 10));
        assertEquals(LocalDate.of(2024, 4, 18), LunarCalendar.toSolar(2024, 3, 10));
        assertEquals(LocalDate.of(2025, 4, 7), LunarCalendar.toSolar(2025, 3, 10));
        assertEquals(LocalDate.of(2026, 4, 26), LunarCalendar.toSolar(2026, 3, 10));
    }

    @Test
    void theLastDaysOfALunarYearPrecedeTet() {
        // The 2024 announcement: "từ ngày 08/02/2024 (tức ngày 29 tháng Chạp)"; the twelfth month of Quý Mão has 30 days.
        assertEquals(LocalDate.of(2024, 1, 11), LunarCalendar.toSolar(2023, 12, 1));
        assertEquals(LocalDate.of(2024, 2, 8), LunarCalendar.toSolar(2023, 12, 29));
        assertEquals(LocalDate.of(2024, 2, 9), LunarCalendar.toSolar(2023, 12, 30));
        // 2025 has no 30 Tết: the 29th of the twelfth month of Giáp Thìn, 28 January, is the eve of Tết.
        assertEquals(LocalDate.of(2025, 1, 28), LunarCalendar.toSolar(2024, 12, 29));
    }

    @Test
    void yearsOutsideTheComputedRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.newYear(1899));
        assertThrows(IllegalArgumentException.class, () -> LunarCalendar.newYear(2200));
    }
}
