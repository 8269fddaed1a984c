package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * "N working days after D", for any two years of days off an admin could send: never a Sunday, a
 * Saturday that is not worked, or a day off, with exactly N working days after D up to it, counted
 * here from the lists themselves.
 */
class WorkingDaysProperties {

    /** Two consecutive years of days off (on any day of the week) and working Saturdays. */
    record Years(Holidays first, Holidays second) {

        Set<LocalDate> daysOff() {
            Set<LocalDate> days = new HashSet<>();
            List.of(first, second).forEach(year -> year.daysOff().forEach(day -> days.add(day.date())));
            return days;
        }

        Set<LocalDate> workingSaturdays() {
            Set<LocalDate> days = new HashSet<>();
            List.of(first, second).forEach(year -> year.workingSaturdays().forEach(day -> days.add(day.date())));
            return days;
        }

        /** Counted from the lists, not by {@link WorkingDays}. */
        boolean isWorked(LocalDate date) {
            boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
            return workingSaturdays().contains(date) || (!weekend && !daysOff().contains(date));
        }
    }

    @Property
    void theDeadlineIsAWorkingDayWithExactlyNWorkingDaysAfterTheDate(@ForAll("years") Years years, @ForAll @IntRange(max = 364) int dayOfYear,
                                                                    @ForAll @IntRange(max = DeadlineRule.MAX_DAYS) int n) {
        LocalDate date = LocalDate.of(years.first().year(), 1, 1).plusDays(dayOfYear);
        LocalDate deadline = WorkingDays.of(List.of(years.first(), years.second())).after(date, n);

        assertNotEquals(DayOfWeek.SUNDAY, deadline.getDayOfWeek());
        assertTrue(deadline.getDayOfWeek() != DayOfWeek.SATURDAY || years.workingSaturdays().contains(deadline), deadline.toString());
        assertFalse(years.daysOff().contains(deadline), deadline.toString());
        assertTrue(years.isWorked(deadline));
        if (n == 0) {
            // D itself when worked, else the first working day after it.
            assertTrue(date.datesUntil(deadline).noneMatch(years::isWorked), date + " to " + deadline);
        } else {
            assertEquals(n, date.plusDays(1).datesUntil(deadline.plusDays(1)).filter(years::isWorked).count(), date + " to " + deadline);
        }
    }

    @Provide
    Arbitrary<Years> years() {
        return Arbitraries.integers().between(2000, 2098).flatMap(year ->
                Combinators.combine(holidays(year), holidays(year + 1)).as(Years::new));
    }

    /** Up to 30 days off anywhere in the year, and up to 6 working Saturdays that are not among them. */
    private static Arbitrary<Holidays> holidays(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate firstSaturday = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
        Arbitrary<Set<Integer>> offsets = Arbitraries.integers().between(0, first.lengthOfYear() - 1).set().ofMaxSize(30);
        Arbitrary<Set<Integer>> weeks = Arbitraries.integers().between(0, 51).set().ofMaxSize(6);
        return Combinators.combine(offsets, weeks).as((days, saturdays) -> {
            List<Holidays.DayOff> off = days.stream().sorted().map(d -> new Holidays.DayOff(first.plusDays(d), "Nghỉ")).toList();
            Set<LocalDate> offDates = new HashSet<>();
            off.forEach(day -> offDates.add(day.date()));
            List<Holidays.WorkingSaturday> worked = saturdays.stream().sorted().map(w -> firstSaturday.plusWeeks(w))
                    .filter(saturday -> !offDates.contains(saturday) && saturday.getYear() == year)
                    .map(saturday -> new Holidays.WorkingSaturday(saturday, "Làm bù")).toList();
            return new Holidays(year, off, worked);
        });
    }
}
