package vn.planprogress.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The days off that the Labour Code 2019 (Bộ luật Lao động 2019, Art. 112) fixes, computed for a
 * year: the defaults the plans service stores until an admin enters the year's own list. They are
 * defaults, to be checked against each year's official announcement: the government chooses each
 * year which days Tết takes and which day goes beside 2 September, and swaps days off with
 * Saturdays (ngày làm bù), which no rule can foresee, so the defaults have no working Saturdays.
 *
 * <p>The days, each named as the Code names it:
 * <ul>
 * <li>Tết Dương lịch: 1 January;</li>
 * <li>Tết Nguyên đán: five days, here the last two days of the lunar year and the first three of
 *     the new one (the choice of the announcements of 2023, 2024 and 2025; 2022 and 2026 come out
 *     the same with their weekends);</li>
 * <li>Giỗ Tổ Hùng Vương: the 10th of the third lunar month;</li>
 * <li>Ngày Chiến thắng: 30 April; Ngày Quốc tế lao động: 1 May;</li>
 * <li>Quốc khánh: 2 September and one adjacent day, here 1 September, or 3 September when
 *     1 September is a Saturday or a Sunday (as the announcements of 2022 to 2025 chose);</li>
 * <li>nghỉ bù: a holiday that falls on a Saturday or a Sunday (the weekly rest of state agencies)
 *     gives a day off on the next working day (Art. 111(3)), named "Nghỉ bù" and the holiday.</li>
 * </ul>
 * Lunar dates follow the Vietnamese calendar in UTC+7 ({@link LunarCalendar}).
 */
public final class DefaultHolidays {

    /** What the services say beside these days wherever they show them. */
    public static final String NOTE = "Days off the Labour Code 2019 fixes: defaults, to be checked against each year's official announcement";

    /** The years the services ship as data (the defaults can be computed for others). */
    public static final int FIRST_SHIPPED_YEAR = 2022;
    public static final int LAST_SHIPPED_YEAR = 2026;

    /** The years the defaults can be computed for: the Labour Code 2019 is in force since 2021. */
    public static final int FIRST_YEAR = 2021;
    public static final int LAST_YEAR = 2100;

    private DefaultHolidays() {
    }

    /** The defaults of {@value #FIRST_SHIPPED_YEAR} to {@value #LAST_SHIPPED_YEAR}, in order. */
    public static List<Holidays> shipped() {
        return IntStream.rangeClosed(FIRST_SHIPPED_YEAR, LAST_SHIPPED_YEAR).mapToObj(DefaultHolidays::of).toList();
    }

    /** The default days off of {@code year}, in date order, with their compensating days. */
    public static Holidays of(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("default days off are computed for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        // Defaults, to be checked against each year's official announcement (see the class comment).
        List<Holidays.DayOff> holidays = new ArrayList<>();
        holidays.add(new Holidays.DayOff(LocalDate.of(year, 1, 1), "Tết Dương lịch"));
        LocalDate newYear = LunarCalendar.newYear(year);
        for (LocalDate day = newYear.minusDays(2); !day.isAfter(newYear.plusDays(2)); day = day.plusDays(1)) {
            holidays.add(new Holidays.DayOff(day, "Tết Nguyên đán"));
        }
        holidays.add(new Holidays.DayOff(LunarCalendar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương"));
        holidays.add(new Holidays.DayOff(LocalDate.of(year, 4, 30), "Ngày Chiến thắng"));
        holidays.add(new Holidays.DayOff(LocalDate.of(year, 5, 1), "Ngày Quốc tế lao động"));
        LocalDate firstOfSeptember = LocalDate.of(year, 9, 1);
        holidays.add(new Holidays.DayOff(isWeekend(firstOfSeptember) ? LocalDate.of(year, 9, 3) : firstOfSeptember, "Quốc khánh"));
        holidays.add(new Holidays.DayOff(LocalDate.of(year, 9, 2), "Quốc khánh"));
        holidays.sort(Comparator.comparing(Holidays.DayOff::date));
        return new Holidays(year, withCompensatingDays(holidays), List.of());
    }

    private static List<Holidays.DayOff> withCompensatingDays(List<Holidays.DayOff> holidays) {
        Set<LocalDate> off = new HashSet<>();
        holidays.forEach(day -> off.add(day.date()));
        List<Holidays.DayOff> days = new ArrayList<>(holidays);
        for (Holidays.DayOff holiday : holidays) {
            if (isWeekend(holiday.date())) {
                LocalDate compensating = holiday.date().plusDays(1);
                while (isWeekend(compensating) || off.contains(compensating)) {
                    compensating = compensating.plusDays(1);
                }
                off.add(compensating);
                days.add(new Holidays.DayOff(compensating, "Nghỉ bù " + holiday.name()));
            }
        }
        days.sort(Comparator.comparing(Holidays.DayOff::date));
        return List.copyOf(days);
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
