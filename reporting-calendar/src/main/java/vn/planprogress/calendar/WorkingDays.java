package vn.planprogress.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ngày làm việc: Monday to Friday, less the days off of the year, plus the Saturdays an
 * announcement makes working days (ngày làm bù). Built from the {@link Holidays} of every year it
 * will be asked about; a date of another year is refused ({@link HolidaysNotSet}).
 *
 * <p>A plan of year Y needs the days off of Y-1 (its cut-off windows start on 15 December of Y-1),
 * of Y, and of Y+1 (a deadline some working days after a window that ends late in December).
 */
public final class WorkingDays {

    private final Set<Integer> years;
    private final Set<LocalDate> daysOff = new HashSet<>();
    private final Set<LocalDate> workingSaturdays = new HashSet<>();

    private WorkingDays(Collection<Holidays> lists) {
        Map<Integer, Holidays> byYear = new HashMap<>();
        for (Holidays list : lists) {
            List<Violation> violations = list.violations();
            if (!violations.isEmpty()) {
                throw new IllegalArgumentException("the days off of " + list.year() + " break rules: " + violations);
            }
            if (byYear.putIfAbsent(list.year(), list) != null) {
                throw new IllegalArgumentException("the days off of " + list.year() + " are given twice");
            }
            list.daysOff().forEach(day -> daysOff.add(day.date()));
            list.workingSaturdays().forEach(saturday -> workingSaturdays.add(saturday.date()));
        }
        this.years = Set.copyOf(byYear.keySet());
    }

    /**
     * The working days of the years listed, one list per year.
     *
     * @throws IllegalArgumentException when a list has {@linkplain Holidays#violations() violations}
     *         or a year comes twice
     */
    public static WorkingDays of(Collection<Holidays> years) {
        return new WorkingDays(years);
    }

    /** The years whose days off are known. */
    public Set<Integer> years() {
        return years;
    }

    /** @throws HolidaysNotSet when the days off of the date's year are not known */
    public boolean isWorkingDay(LocalDate date) {
        if (!years.contains(date.getYear())) {
            throw new HolidaysNotSet(date.getYear());
        }
        if (workingSaturdays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !daysOff.contains(date);
    }

    /**
     * "N ngày làm việc" after {@code date}: the N-th working day strictly after it, so that N
     * working days lie after {@code date} up to and including the answer. For N = 0: {@code date}
     * itself when it is a working day, else the next working day, so that a deadline never falls on
     * a day off.
     *
     * @throws HolidaysNotSet when the count runs into a year whose days off are not known
     */
    public LocalDate after(LocalDate date, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("a count of working days is 0 or more, not " + workingDays);
        }
        LocalDate day = date;
        if (workingDays == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        for (int counted = 0; counted < workingDays; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
