package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** What holds of every lunar year: Tết between 21 January and 20 February, years of 12 or 13 months of 29 or 30 days. */
class LunarCalendarProperties {

    @Property
    void tetFallsBetween21JanuaryAnd20February(@ForAll @IntRange(min = LunarCalendar.FIRST_YEAR, max = LunarCalendar.LAST_YEAR) int year) {
        LocalDate tet = LunarCalendar.newYear(year);
        assertTrue(!tet.isBefore(LocalDate.of(year, 1, 21)) && !tet.isAfter(LocalDate.of(year, 2, 20)), year + ": " + tet);
    }

    @Property
    void aLunarYearHasTwelveOrThirteenMonths(@ForAll @IntRange(min = LunarCalendar.FIRST_YEAR, max = LunarCalendar.LAST_YEAR - 1) int year) {
        long days = ChronoUnit.DAYS.between(LunarCalendar.newYear(year), LunarCalendar.newYear(year + 1));
        assertTrue(Set.of(353L, 354L, 355L, 383L, 384L, 385L).contains(days), year + ": " + days + " days");
    }

    @Property
    void aRegularMonthHas29Or30Days(@ForAll @IntRange(min = LunarCalendar.FIRST_YEAR, max = LunarCalendar.LAST_YEAR) int year,
                                   @ForAll @IntRange(min = 1, max = 11) int month) {
        long days = ChronoUnit.DAYS.between(LunarCalendar.toSolar(year, month, 1), LunarCalendar.toSolar(year, month + 1, 1));
        // 58 to 60 days: a leap month (of the same number) lies between.
        assertTrue(days == 29 || days == 30 || (days >= 58 && days <= 60), year + "/" + month + ": " + days + " days");
    }
}
