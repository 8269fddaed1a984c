package vn.planprogress.plans.imports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.ScheduleKind;

/**
 * A task's time frame as a plan writes it ("Thường xuyên trong năm", "Quý I - II/2022", "Tháng 5/2022",
 * "Trước ngày 31/10/2024", "Từ tháng 4 đến tháng 6/2024", a date) as a schedule in the plan year, with the
 * label kept as written. What a schedule cannot hold is said in {@code problem}.
 */
final class TimeFrames {

    /** The schedule, and what the planner should check when it only approximates the words (else null). */
    record Reading(Schedule schedule, String problem) {
    }

    private static final Pattern DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?:/|nam\\s+)(\\d{4})");
    private static final Pattern QUARTER_NUMERAL = Pattern.compile("\\b(iv|iii|ii|i|[1-4])\\b");
    private static final Pattern MONTH = Pattern.compile("thang\\s+(\\d{1,2})");
    private static final Pattern MONTH_RANGE = Pattern.compile("^thang\\s+(\\d{1,2})\\s*(?:-|–|den)\\s*(?:thang\\s+)?(\\d{1,2})\\b");
    private static final Pattern HALF = Pattern.compile("^(6|sau) thang (dau|cuoi) nam");
    private static final Pattern NINE = Pattern.compile("^(9|chin) thang dau nam");

    private TimeFrames() {
    }

    static Reading read(String written, int year) {
        String label = written.trim().replaceAll("[.;,]+$", "").trim();
        String f = Fold.of(label);
        try {
            return read(label, f, year);
        } catch (DateTimeException e) {
            return unread(label, "has a date that does not exist");
        }
    }

    private static Reading read(String label, String f, int year) {
        if (f.isEmpty()) {
            return new Reading(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, null, null),
                    "the task has no time frame: the draft runs it all year; set it");
        }
        int stated = statedYear(f, year);
        String otherYear = stated != year ? "is in " + stated + ", not in the plan year " + year : null;
        if (f.startsWith("truoc ngay") || f.startsWith("hoan thanh truoc ngay") || f.startsWith("cham nhat")) {
            Matcher date = DATE.matcher(f);
            if (date.find()) {
                return range(label, LocalDate.of(year, 1, 1), date(date, year), otherYear);
            }
        }
        if (f.startsWith("tu ")) {
            List<LocalDate[]> bounds = bounds(f, year);
            if (bounds.size() == 2) {
                return range(label, bounds.get(0)[0], bounds.get(1)[1], otherYear);
            }
            if (bounds.size() == 1 && f.matches(".*den (het|cuoi) nam.*")) {
                return range(label, bounds.get(0)[0], LocalDate.of(year, 12, 31), otherYear);
            }
        }
        if (HALF.matcher(f).find()) {
            return quarters(label, f.contains("dau") ? List.of(1, 2) : List.of(3, 4), otherYear);
        }
        if (NINE.matcher(f).find()) {
            return quarters(label, List.of(1, 2, 3), otherYear);
        }
        if (f.startsWith("quy ") || f.contains(" quy ")) {
            String numerals = f.replaceAll("(/|nam\\s+)\\d{4}.*", "").replace("quy", " ");
            List<Integer> found = new ArrayList<>();
            Matcher m = QUARTER_NUMERAL.matcher(numerals);
            while (m.find()) {
                found.add(quarter(m.group(1)));
            }
            if (!found.isEmpty()) {
                boolean isRange = found.size() == 2 && numerals.matches(".*\\b(iv|iii|ii|i|[1-4])\\b\\s*(-|–|den)\\s*.*");
                List<Integer> quarters = new ArrayList<>();
                if (isRange) {
                    for (int q = Math.min(found.get(0), found.get(1)); q <= Math.max(found.get(0), found.get(1)); q++) {
                        quarters.add(q);
                    }
                } else {
                    quarters.addAll(new TreeSet<>(found));
                }
                return quarters(label, quarters, otherYear);
            }
        }
        if (f.startsWith("thang ")) {
            Matcher span = MONTH_RANGE.matcher(f);
            if (span.find()) {
                return range(label, YearMonth.of(stated, Integer.parseInt(span.group(1))).atDay(1),
                        YearMonth.of(stated, Integer.parseInt(span.group(2))).atEndOfMonth(), otherYear);
            }
            List<Integer> months = new ArrayList<>();
            Matcher m = MONTH.matcher(f);
            while (m.find()) {
                months.add(Integer.parseInt(m.group(1)));
            }
            if (!months.isEmpty()) {
                LocalDate from = YearMonth.of(stated, months.get(0)).atDay(1);
                LocalDate to = YearMonth.of(stated, months.get(months.size() - 1)).atEndOfMonth();
                if (months.size() == 1) {
                    return range(label, from, to, otherYear);
                }
                String problem = "names months " + months + " apart; a schedule is one time frame: the draft runs from the first to the last"
                        + " (" + from + " to " + to + "); split the task if each month matters";
                return range(label, from, to, otherYear == null ? problem : otherYear + "; it also " + problem);
            }
        }
        if (f.matches("^(thuong xuyen|ca nam|quanh nam|trong nam|hang thang|hang quy|dinh ky|nam \\d{4}|trong nam \\d{4}|thuc hien trong nam).*")) {
            return new Reading(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, label, null, null), otherYear);
        }
        Matcher date = DATE.matcher(f);
        if (f.matches("^(ngay\\s+)?\\d{1,2}/\\d{1,2}(/\\d{4})?$") && date.find()) {
            LocalDate day = date(date, year);
            return range(label, day, day, otherYear);
        }
        return new Reading(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, label, null, null),
                "could not be read as a time frame: the draft runs the task all year; set its time frame");
    }

    /** The first and last day of each date or month named in "Từ … đến …". */
    private static List<LocalDate[]> bounds(String f, int year) {
        List<LocalDate[]> bounds = new ArrayList<>();
        String[] sides = f.substring(3).split("\\s+den\\s+(ngay\\s+|het\\s+)?", 2);
        int stated = statedYear(f, year);
        for (String side : sides) {
            Matcher date = DATE.matcher(side);
            Matcher month = Pattern.compile("thang\\s+(\\d{1,2})(?:/(\\d{4}))?").matcher(side);
            if (side.contains("ngay") || (date.find() && date.group(3) != null) || !month.find()) {
                date.reset();
                if (date.find()) {
                    LocalDate day = date(date, stated);
                    bounds.add(new LocalDate[] {day, day});
                }
            } else {
                int y = month.group(2) == null ? stated : Integer.parseInt(month.group(2));
                YearMonth ym = YearMonth.of(y, Integer.parseInt(month.group(1)));
                bounds.add(new LocalDate[] {ym.atDay(1), ym.atEndOfMonth()});
            }
        }
        return bounds;
    }

    private static int statedYear(String f, int year) {
        Matcher m = YEAR.matcher(f);
        int found = year;
        while (m.find()) {
            found = Integer.parseInt(m.group(1));
        }
        return found;
    }

    private static LocalDate date(Matcher m, int year) {
        int y = m.group(3) == null ? year : Integer.parseInt(m.group(3));
        return LocalDate.of(y, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static int quarter(String numeral) {
        return switch (numeral) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static Reading quarters(String label, List<Integer> quarters, String problem) {
        return new Reading(new Schedule(ScheduleKind.QUARTERS, List.copyOf(quarters), null, null, label, null, null), problem);
    }

    private static Reading range(String label, LocalDate from, LocalDate to, String problem) {
        if (to.isBefore(from)) {
            return new Reading(new Schedule(ScheduleKind.DATE_RANGE, null, to, from, label, null, null),
                    "ends before it starts: the draft runs from " + to + " to " + from + "; check it");
        }
        return new Reading(new Schedule(ScheduleKind.DATE_RANGE, null, from, to, label, null, null), problem);
    }

    private static Reading unread(String label, String why) {
        return new Reading(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, label, null, null),
                why + ": the draft runs the task all year; set its time frame");
    }
}
