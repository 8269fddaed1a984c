package vn.planprogress.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A year's days off as the government announces them: the holidays and Tết (ngày nghỉ lễ, Tết), the
 * days off in exchange (nghỉ bù), each with its name, and the Saturdays that the announcement makes
 * working days in exchange (ngày làm bù). Admins keep one list per year; {@link DefaultHolidays} gives
 * the days the Labour Code fixes until they do.
 *
 * <p>The value holds what was sent, nulls included, so that {@link #violations()} can name every
 * mistake; {@link WorkingDays} takes only lists without violations.
 */
public record Holidays(int year, List<DayOff> daysOff, List<WorkingSaturday> workingSaturdays) {

    /** The longest name a day keeps: it is a label in a calendar, not a paragraph. */
    public static final int MAX_NAME_LENGTH = 200;

    /** A day off, with its name as announced ("Tết Nguyên đán", "Nghỉ bù Quốc khánh"). */
    public record DayOff(LocalDate date, String name) {
    }

    /** A Saturday worked in exchange for a day off (ngày làm bù), with why ("Làm bù ngày 29/4"). */
    public record WorkingSaturday(LocalDate date, String name) {
    }

    public Holidays {
        daysOff = daysOff == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(daysOff));
        workingSaturdays = workingSaturdays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(workingSaturdays));
    }

    /**
     * What is wrong with the list, each with its field ({@code daysOff[2].date},
     * {@code workingSaturdays[0].name}): a date outside the year, a date listed twice, a working
     * Saturday that is not a Saturday or that is also listed as a day off, a missing date or name,
     * a name over {@value #MAX_NAME_LENGTH} characters. Empty when the list can be used.
     */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        Map<LocalDate, String> seen = new HashMap<>();
        for (int i = 0; i < daysOff.size(); i++) {
            DayOff day = daysOff.get(i);
            String at = "daysOff[" + i + "]";
            if (day == null) {
                violations.add(new Violation(at, "give the day's date and name"));
                continue;
            }
            checkDate(at, day.date(), seen, violations);
            checkName(at, day.name(), "the day's name, e.g. Tết Nguyên đán", violations);
        }
        for (int i = 0; i < workingSaturdays.size(); i++) {
            WorkingSaturday saturday = workingSaturdays.get(i);
            String at = "workingSaturdays[" + i + "]";
            if (saturday == null) {
                violations.add(new Violation(at, "give the Saturday's date and why it is worked"));
                continue;
            }
            if (saturday.date() != null && saturday.date().getDayOfWeek() != DayOfWeek.SATURDAY) {
                violations.add(new Violation(at + ".date", saturday.date() + " is a "
                        + saturday.date().getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ": a day worked in exchange (ngày làm bù) is a Saturday; weekdays are working days already"));
            }
            checkDate(at, saturday.date(), seen, violations);
            checkName(at, saturday.name(), "why it is worked, e.g. Làm bù ngày 29/4", violations);
        }
        return List.copyOf(violations);
    }

    private void checkDate(String at, LocalDate date, Map<LocalDate, String> seen, List<Violation> violations) {
        if (date == null) {
            violations.add(new Violation(at + ".date", "give the date (YYYY-MM-DD)"));
            return;
        }
        if (date.getYear() != year) {
            violations.add(new Violation(at + ".date", date + " is not in " + year + ": each year's list holds the days of that year only"));
        }
        String first = seen.putIfAbsent(date, at);
        if (first != null) {
            violations.add(new Violation(at + ".date", first.startsWith("daysOff") && at.startsWith("workingSaturdays")
                    ? date + " is also a day off (" + first + "): a day is either off or worked"
                    : date + " is listed twice (also " + first + ")"));
        }
    }

    private static void checkName(String at, String name, String example, List<Violation> violations) {
        if (name == null || name.isBlank()) {
            violations.add(new Violation(at + ".name", "give " + example));
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.add(new Violation(at + ".name", "at most " + MAX_NAME_LENGTH + " characters, not " + name.length()));
        }
    }
}
