package vn.planprogress.plans.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.planprogress.calendar.DeadlineRule.DatePerPeriod;
import vn.planprogress.calendar.DeadlineRule.DayOfMonth;
import vn.planprogress.calendar.DeadlineRule.DaysAfterWindow;
import vn.planprogress.calendar.DeadlineRule.WorkingDaysAfterWindow;
import vn.planprogress.calendar.EntryOpening;
import vn.planprogress.calendar.PeriodDeadlines;
import vn.planprogress.calendar.PeriodLock;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.calendar.ReportingRules;
import vn.planprogress.calendar.Violation;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.ReportingPeriod;
import vn.planprogress.plans.api.ReportingSchedule;

/**
 * A plan's {@link Reporting} as the reporting calendar's {@link ReportingRules}, in one place: the
 * rules themselves, and the calendar's violations with their fields said as the plan's JSON says
 * them ({@code reporting.schedules[1].unitDeadline.dates.2023-H1}, {@code reporting.lockAfterDays}).
 */
public final class ReportingRulesMapper {

    private ReportingRulesMapper() {
    }

    /**
     * The rules; {@code reporting} must have no {@linkplain #violations violations} in the form it is
     * sent (exactly one form per rule, one of the two forms of schedules).
     */
    public static ReportingRules rules(Reporting reporting, int year) {
        Map<vn.planprogress.calendar.PeriodType, PeriodDeadlines> deadlines = new LinkedHashMap<>();
        for (ReportingSchedule schedule : reporting.schedulesGiven()) {
            if (schedule != null && schedule.periodType() != null) {
                deadlines.put(schedule.periodType().calendar(),
                        new PeriodDeadlines(rule(schedule.unitDeadline(), schedule.periodType()),
                                rule(schedule.consolidatedDeadline(), schedule.periodType())));
            }
        }
        return new ReportingRules(year, reporting.windowOrDefault().calendar(), deadlines, entryOpening(reporting),
                reporting.lockAfterDays() == null ? PeriodLock.NEVER : new PeriodLock.DaysAfterUnitDeadline(reporting.lockAfterDays()));
    }

    /**
     * What makes the rules unusable for a plan of {@code year}, each field under {@code reporting.}:
     * the form of the schedules and of each rule first (which the calendar cannot see), then the
     * calendar's own {@link ReportingRules#violations()}.
     */
    public static List<FieldViolation> violations(Reporting reporting, int year) {
        List<FieldViolation> violations = new ArrayList<>();
        boolean shorthandGiven = reporting.periodType() != null || reporting.unitDeadline() != null || reporting.consolidatedDeadline() != null;
        if (reporting.schedules() != null && shorthandGiven) {
            violations.add(new FieldViolation("reporting.schedules", "give either schedules or the one-schedule shorthand "
                    + "(periodType, unitDeadline, consolidatedDeadline), not both"));
            return violations;
        }
        if (reporting.schedules() == null && !shorthandGiven || reporting.schedules() != null && reporting.schedules().isEmpty()) {
            violations.add(new FieldViolation("reporting.schedules", "name the period types the plan reports on: schedules, "
                    + "or periodType with unitDeadline and consolidatedDeadline"));
            return violations;
        }
        List<ReportingSchedule> schedules = reporting.schedulesGiven();
        Map<PeriodType, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < schedules.size(); i++) {
            ReportingSchedule schedule = schedules.get(i);
            String at = scheduleField(reporting, i);
            if (schedule == null) {
                violations.add(new FieldViolation(at.isEmpty() ? "reporting.schedules[" + i + "]" : at, "must not be null"));
                continue;
            }
            if (schedule.periodType() == null) {
                violations.add(new FieldViolation(at + "periodType", "must not be null"));
            } else {
                Integer first = seen.putIfAbsent(schedule.periodType(), i);
                if (first != null) {
                    violations.add(new FieldViolation(at + "periodType", schedule.periodType()
                            + " is listed twice (also schedules[" + first + "]): a period type has one schedule"));
                }
            }
            form(at + "unitDeadline", schedule.unitDeadline(), violations);
            form(at + "consolidatedDeadline", schedule.consolidatedDeadline(), violations);
        }
        if (reporting.entryOpens() != null) {
            var opens = reporting.entryOpens();
            boolean atStart = Boolean.TRUE.equals(opens.atWindowStart());
            if (atStart == (opens.daysBeforeWindowEnd() != null) || Boolean.FALSE.equals(opens.atWindowStart())) {
                violations.add(new FieldViolation("reporting.entryOpens",
                        "give exactly one of atWindowStart: true or daysBeforeWindowEnd (0 to 60); leave entryOpens out for entry at any time"));
            }
        }
        if (!violations.isEmpty()) {
            return violations;
        }
        for (Violation violation : rules(reporting, year).violations()) {
            violations.add(new FieldViolation(field(reporting, violation.field()), violation.message()));
        }
        return violations;
    }

    /** The periods as the API shows them. */
    public static List<ReportingPeriod> periods(List<PlanPeriod> periods) {
        return periods.stream().map(period -> new ReportingPeriod(period.code(), PeriodType.of(period.type()),
                period.window().from(), period.window().to(), period.unitDeadline(), period.consolidatedDeadline(),
                period.entryOpensOn().orElse(null), period.locksAfter().orElse(null))).toList();
    }

    private static vn.planprogress.calendar.DeadlineRule rule(DeadlineRule rule, PeriodType type) {
        if (rule == null) {
            return null;
        }
        if (rule.dates() != null) {
            return new DatePerPeriod(rule.dates());
        }
        if (rule.daysAfterWindow() != null) {
            return new DaysAfterWindow(rule.daysAfterWindow());
        }
        if (rule.daysAfterPeriodEnd() != null) {
            return new DaysAfterWindow(rule.daysAfterPeriodEnd());
        }
        if (rule.workingDaysAfterWindow() != null) {
            return new WorkingDaysAfterWindow(rule.workingDaysAfterWindow());
        }
        if (rule.dayOfMonth() != null) {
            Integer month = rule.dayOfMonth().monthOfPeriod();
            return new DayOfMonth(orZero(rule.dayOfMonth().day()), month == null ? type.calendar().months() : month);
        }
        return null;
    }

    private static EntryOpening entryOpening(Reporting reporting) {
        if (reporting.entryOpens() == null) {
            return EntryOpening.ANY_TIME;
        }
        return reporting.entryOpens().daysBeforeWindowEnd() != null
                ? new EntryOpening.DaysBeforeWindowEnd(reporting.entryOpens().daysBeforeWindowEnd())
                : EntryOpening.AT_WINDOW_START;
    }

    private static void form(String field, DeadlineRule rule, List<FieldViolation> violations) {
        if (rule == null) {
            violations.add(new FieldViolation(field, "must not be null"));
        } else if (rule.formsGiven() != 1) {
            violations.add(new FieldViolation(field, "give exactly one of dates, daysAfterWindow, workingDaysAfterWindow or dayOfMonth"));
        } else if (rule.dayOfMonth() != null && rule.dayOfMonth().day() == null) {
            violations.add(new FieldViolation(field + ".dayOfMonth.day", "give the day of the month, 1 to 31"));
        }
    }

    /** Where the schedule of {@code type} sits in the JSON: {@code reporting.schedules[i].}, or {@code reporting.} for the shorthand. */
    public static String scheduleField(Reporting reporting, PeriodType type) {
        List<ReportingSchedule> schedules = reporting.schedulesGiven();
        int index = 0;
        while (index < schedules.size() - 1 && (schedules.get(index) == null || schedules.get(index).periodType() != type)) {
            index++;
        }
        return scheduleField(reporting, index);
    }

    /** The first rule that counts working days, as a field of the JSON: what a year without days off makes unusable. */
    public static String workingDaysField(Reporting reporting) {
        List<ReportingSchedule> schedules = reporting.schedulesGiven();
        for (int i = 0; i < schedules.size(); i++) {
            if (schedules.get(i).unitDeadline().workingDaysAfterWindow() != null) {
                return scheduleField(reporting, i) + "unitDeadline.workingDaysAfterWindow";
            }
            if (schedules.get(i).consolidatedDeadline().workingDaysAfterWindow() != null) {
                return scheduleField(reporting, i) + "consolidatedDeadline.workingDaysAfterWindow";
            }
        }
        return "reporting.schedules";
    }

    /** Where schedule {@code i} sits in the JSON: {@code reporting.schedules[i].}, or {@code reporting.} for the shorthand. */
    private static String scheduleField(Reporting reporting, int i) {
        return reporting.shorthand() ? "reporting." : "reporting.schedules[" + i + "].";
    }

    // The calendar's fields (deadlines.QUARTERLY.unitDeadline.daysAfterWindow, lock.daysAfterUnitDeadline) said as the JSON says them.
    private static String field(Reporting reporting, String field) {
        if (field.equals("year")) {
            return "year";
        }
        if (field.equals("deadlines")) {
            return "reporting.schedules";
        }
        if (field.startsWith("entryOpening")) {
            return "reporting.entryOpens" + field.substring("entryOpening".length());
        }
        if (field.startsWith("lock")) {
            return "reporting.lockAfterDays";
        }
        if (field.startsWith("deadlines.")) {
            String[] parts = field.split("\\.", 4);
            PeriodType type = PeriodType.valueOf(parts[1]);
            List<ReportingSchedule> schedules = reporting.schedulesGiven();
            int index = 0;
            while (index < schedules.size() - 1 && schedules.get(index).periodType() != type) {
                index++;
            }
            String at = scheduleField(reporting, index) + parts[2];
            if (parts.length < 4) {
                return at;
            }
            DeadlineRule rule = parts[2].equals("unitDeadline") ? schedules.get(index).unitDeadline() : schedules.get(index).consolidatedDeadline();
            return at + "." + ruleField(rule, parts[3]);
        }
        return "reporting." + field;
    }

    private static String ruleField(DeadlineRule rule, String field) {
        return switch (field) {
            case "daysAfterWindow" -> rule.daysAfterPeriodEnd() != null ? "daysAfterPeriodEnd" : field;
            case "dayOfMonth" -> "dayOfMonth.day";
            case "monthOfPeriod" -> "dayOfMonth.monthOfPeriod";
            default -> field;
        };
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
