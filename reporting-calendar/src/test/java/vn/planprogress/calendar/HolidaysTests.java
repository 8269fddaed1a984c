package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an admin may send as a year's days off, and what each mistake is answered with. */
class HolidaysTests {

    @Test
    void aListAsAnnouncedIsValid() {
        assertEquals(List.of(), announced2024().violations());
    }

    @Test
    void aDateOutsideTheYearIsRefused() {
        Holidays list = new Holidays(2024, List.of(day("2025-01-01", "Tết Dương lịch")), List.of());
        assertEquals(List.of(new Violation("daysOff[0].date", "2025-01-01 is not in 2024: each year's list holds the days of that year only")),
                list.violations());
    }

    @Test
    void aDateListedTwiceIsRefused() {
        Holidays list = new Holidays(2024, List.of(day("2024-02-10", "Tết Nguyên đán"), day("2024-02-10", "Mùng 1 Tết")), List.of());
        assertEquals(List.of(new Violation("daysOff[1].date", "2024-02-10 is listed twice (also daysOff[0])")), list.violations());
    }

    @Test
    void aWorkingSaturdayThatIsNotASaturdayIsRefused() {
        Holidays list = new Holidays(2024, List.of(), List.of(saturday("2024-05-03", "Làm bù ngày 29/4")));
        assertEquals(List.of(new Violation("workingSaturdays[0].date",
                        "2024-05-03 is a Friday: a day worked in exchange (ngày làm bù) is a Saturday; weekdays are working days already")),
                list.violations());
    }

    @Test
    void aDayCannotBeBothOffAndWorked() {
        Holidays list = new Holidays(2024, List.of(day("2024-05-04", "Nghỉ")), List.of(saturday("2024-05-04", "Làm bù ngày 29/4")));
        assertEquals(List.of(new Violation("workingSaturdays[0].date", "2024-05-04 is also a day off (daysOff[0]): a day is either off or worked")),
                list.violations());
    }

    @Test
    void everyDayHasADateAndAName() {
        Holidays list = new Holidays(2024, Arrays.asList(day("2024-01-01", " "), null, new Holidays.DayOff(null, "Tết")),
                List.of(saturday("2024-05-04", "x".repeat(201))));
        assertEquals(List.of(
                        new Violation("daysOff[0].name", "give the day's name, e.g. Tết Nguyên đán"),
                        new Violation("daysOff[1]", "give the day's date and name"),
                        new Violation("daysOff[2].date", "give the date (YYYY-MM-DD)"),
                        new Violation("workingSaturdays[0].name", "at most 200 characters, not 201")),
                list.violations());
    }

    @Test
    void aMissingListIsAnEmptyOne() {
        assertEquals(new Holidays(2024, List.of(), List.of()), new Holidays(2024, null, null));
    }

    /** The announcement for 2024 (state agencies): Tết 8–14 February; 29 April off in exchange for Saturday 4 May. */
    static Holidays announced2024() {
        return new Holidays(2024, List.of(
                day("2024-01-01", "Tết Dương lịch"),
                day("2024-02-08", "Tết Nguyên đán"), day("2024-02-09", "Tết Nguyên đán"), day("2024-02-10", "Tết Nguyên đán"),
                day("2024-02-11", "Tết Nguyên đán"), day("2024-02-12", "Tết Nguyên đán"), day("2024-02-13", "Tết Nguyên đán"),
                day("2024-02-14", "Tết Nguyên đán"),
                day("2024-04-18", "Giỗ Tổ Hùng Vương"),
                day("2024-04-29", "Nghỉ hoán đổi"), day("2024-04-30", "Ngày Chiến thắng"), day("2024-05-01", "Ngày Quốc tế lao động"),
                day("2024-09-02", "Quốc khánh"), day("2024-09-03", "Quốc khánh")),
                List.of(saturday("2024-05-04", "Làm bù ngày 29/4")));
    }

    static Holidays.DayOff day(String date, String name) {
        return new Holidays.DayOff(LocalDate.parse(date), name);
    }

    static Holidays.WorkingSaturday saturday(String date, String name) {
        return new Holidays.WorkingSaturday(LocalDate.parse(date), name);
    }
}
