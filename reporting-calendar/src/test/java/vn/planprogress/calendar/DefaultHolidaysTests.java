package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Labour Code's days off as the defaults compute them, checked against the announcements of
 * 2022 to 2025 where the conventions reproduce them (the swaps with Saturdays they add are not
 * defaults).
 */
class DefaultHolidaysTests {

    @Test
    void tet2024IsThe8thTo14thOfFebruaryAsAnnounced() {
        // Lunar new year 10 February 2024 (Saturday): the two days before (Thursday 8, Friday 9) and the
        // first three (Saturday 10, Sunday 11, Monday 12); Saturday 10 and Sunday 11 give the next working
        // days off, Tuesday 13 and Wednesday 14. The announcement: 8 to 14 February.
        LocalDate tet = LunarCalendar.newYear(2024);
        assertEquals(LocalDate.of(2024, 2, 10), tet);
        assertEquals(List.of(
                        day("2024-02-08", "Tết Nguyên đán"), day("2024-02-09", "Tết Nguyên đán"), day("2024-02-10", "Tết Nguyên đán"),
                        day("2024-02-11", "Tết Nguyên đán"), day("2024-02-12", "Tết Nguyên đán"),
                        day("2024-02-13", "Nghỉ bù Tết Nguyên đán"), day("2024-02-14", "Nghỉ bù Tết Nguyên đán")),
                DefaultHolidays.of(2024).daysOff().stream().filter(d -> d.date().getMonthValue() == 2).toList());
        assertEquals(tet.minusDays(2), DefaultHolidays.of(2024).daysOff().get(1).date());
    }

    @Test
    void theDaysOffOf2023ComputedByHand() {
        assertEquals(List.of(
                // 1 January is a Sunday: Monday 2 January off.
                day("2023-01-01", "Tết Dương lịch"), day("2023-01-02", "Nghỉ bù Tết Dương lịch"),
                // Tết 22 January (Sunday): Friday 20 to Tuesday 24; Saturday 21 and Sunday 22 give Wednesday 25 and Thursday 26.
                day("2023-01-20", "Tết Nguyên đán"), day("2023-01-21", "Tết Nguyên đán"), day("2023-01-22", "Tết Nguyên đán"),
                day("2023-01-23", "Tết Nguyên đán"), day("2023-01-24", "Tết Nguyên đán"),
                day("2023-01-25", "Nghỉ bù Tết Nguyên đán"), day("2023-01-26", "Nghỉ bù Tết Nguyên đán"),
                // Giỗ Tổ (10/3 lunar) is Saturday 29 April, 30 April a Sunday, 1 May a Monday: Tuesday 2 and Wednesday 3 May off.
                day("2023-04-29", "Giỗ Tổ Hùng Vương"), day("2023-04-30", "Ngày Chiến thắng"), day("2023-05-01", "Ngày Quốc tế lao động"),
                day("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương"), day("2023-05-03", "Nghỉ bù Ngày Chiến thắng"),
                // 2 September is a Saturday: Friday 1 beside it, Monday 4 in exchange.
                day("2023-09-01", "Quốc khánh"), day("2023-09-02", "Quốc khánh"), day("2023-09-04", "Nghỉ bù Quốc khánh")),
                DefaultHolidays.of(2023).daysOff());
        assertEquals(List.of(), DefaultHolidays.of(2023).workingSaturdays());
    }

    @Test
    void theDayBesideQuocKhanhIs1SeptemberUnlessThatIsAWeekendDay() {
        // 2022: Thursday 1 and Friday 2; 2024: 1 September is a Sunday, so Monday 2 and Tuesday 3; 2025: Monday 1 and Tuesday 2.
        assertEquals(List.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 9, 2)), september(2022));
        assertEquals(List.of(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 3)), september(2024));
        assertEquals(List.of(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 2)), september(2025));
    }

    @Test
    void holidaysOnAWeekendGiveTheNextWorkingDaysOff2022() {
        List<Holidays.DayOff> days = DefaultHolidays.of(2022).daysOff();
        // 1 January a Saturday; Tết 1 February with Sunday 30 January among its days; Giỗ Tổ Sunday 10 April;
        // 30 April a Saturday and 1 May a Sunday: Monday 2 and Tuesday 3 May.
        assertTrue(days.contains(day("2022-01-03", "Nghỉ bù Tết Dương lịch")));
        assertTrue(days.contains(day("2022-02-04", "Nghỉ bù Tết Nguyên đán")));
        assertTrue(days.contains(day("2022-04-11", "Nghỉ bù Giỗ Tổ Hùng Vương")));
        assertTrue(days.contains(day("2022-05-02", "Nghỉ bù Ngày Chiến thắng")));
        assertTrue(days.contains(day("2022-05-03", "Nghỉ bù Ngày Quốc tế lao động")));
        assertEquals(16, days.size());
    }

    @Test
    void theShippedYearsAreValidListsWithNamesInNfc() {
        List<Holidays> shipped = DefaultHolidays.shipped();
        assertEquals(List.of(2022, 2023, 2024, 2025, 2026), shipped.stream().map(Holidays::year).toList());
        for (Holidays year : shipped) {
            assertEquals(List.of(), year.violations(), String.valueOf(year.year()));
            // Eleven days of the Code, each on its own date, and one in exchange for each that falls on a weekend.
            long onWeekends = year.daysOff().stream().filter(d -> !d.name().startsWith("Nghỉ bù"))
                    .filter(d -> d.date().getDayOfWeek().getValue() >= 6).count();
            assertEquals(11 + onWeekends, year.daysOff().size(), String.valueOf(year.year()));
            year.daysOff().forEach(d -> assertTrue(Normalizer.isNormalized(d.name(), Normalizer.Form.NFC), d.name()));
        }
        assertTrue(DefaultHolidays.NOTE.contains("to be checked against each year's official announcement"));
    }

    @Test
    void theDefaultsAreComputedForTheYearsOfTheLabourCode2019() {
        assertEquals(List.of(), DefaultHolidays.of(2021).violations());
        assertEquals(List.of(), DefaultHolidays.of(2100).violations());
        assertThrows(IllegalArgumentException.class, () -> DefaultHolidays.of(2020));
    }

    private static List<LocalDate> september(int year) {
        return DefaultHolidays.of(year).daysOff().stream().filter(d -> d.name().equals("Quốc khánh")).map(Holidays.DayOff::date).toList();
    }

    static Holidays.DayOff day(String date, String name) {
        return new Holidays.DayOff(LocalDate.parse(date), name);
    }
}
