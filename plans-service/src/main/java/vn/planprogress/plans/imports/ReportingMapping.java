package vn.planprogress.plans.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.planprogress.calendar.Period;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.ReportRecipient;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.ReportingSchedule;
import vn.planprogress.plans.api.WindowKind;
import vn.planprogress.plans.imports.ReportingClause.DayOfLastMonth;
import vn.planprogress.plans.imports.ReportingClause.DaysAfter;
import vn.planprogress.plans.imports.ReportingClause.Deadline;
import vn.planprogress.plans.imports.ReportingClause.OnDate;
import vn.planprogress.plans.imports.ReportingClause.WorkingDaysAfter;

/**
 * A reporting clause as a plan's {@link Reporting}: one schedule per kind of period the clause names
 * (the one-schedule shorthand when it names one), each with the clause's deadlines in the form it
 * writes them, and cut-off windows when it states them. What a plan cannot hold becomes findings.
 */
final class ReportingMapping {

    private final Findings findings;

    ReportingMapping(Findings findings) {
        this.findings = findings;
    }

    Reporting map(ReportingClause clause, int year) {
        List<PeriodType> types = clause.periods().stream().map(period -> PeriodType.valueOf(period.name())).toList();
        boolean one = types.size() == 1;
        List<ReportingSchedule> schedules = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            PeriodType type = types.get(i);
            String at = one ? "reporting." : "reporting.schedules[" + i + "].";
            DeadlineRule units = rule(clause.unitDeadline(), type, year, clause, at + "unitDeadline", "the units' reports");
            DeadlineRule consolidated;
            if (clause.consolidatedDeadline() == null) {
                consolidated = units;
                findings.add(Finding.Kind.REPORTING, at + "consolidatedDeadline", clause.source(), clause.text(),
                        "the document gives no deadline for the consolidated report: the draft takes the units' deadline; set it");
            } else {
                consolidated = rule(clause.consolidatedDeadline(), type, year, clause, at + "consolidatedDeadline", "the consolidated report");
            }
            schedules.add(new ReportingSchedule(type, units, consolidated));
        }
        if (clause.consolidationName() != null && clause.consolidationUnit() == null) {
            findings.add(Finding.Kind.UNKNOWN_UNIT, "reporting.consolidationUnit", clause.source(), clause.consolidationName(),
                    "consolidating unit '" + clause.consolidationName() + "' is not in the unit directory: add it or pick one");
        }
        ReportRecipient reportTo = null;
        if (clause.recipient() != null) {
            reportTo = new ReportRecipient(clause.recipient(), clause.via(), clause.note());
        } else if (clause.recipientName() != null) {
            findings.add(Finding.Kind.UNKNOWN_UNIT, "reporting.reportTo.unit", clause.source(), clause.recipientName(),
                    "recipient '" + clause.recipientName() + "' of the consolidated report is not in the unit directory: add it or pick one");
        }
        if (clause.viaName() != null && clause.via() == null) {
            findings.add(Finding.Kind.UNKNOWN_UNIT, "reporting.reportTo.via", clause.source(), clause.viaName(),
                    "unit '" + clause.viaName() + "' that the report goes through is not in the unit directory: add it or pick one");
        }
        WindowKind window = clause.cutOff() ? WindowKind.CUT_OFF : null;
        return one
                ? new Reporting(window, null, types.get(0), schedules.get(0).unitDeadline(), clause.consolidationUnit(),
                        schedules.get(0).consolidatedDeadline(), null, null, reportTo, null)
                : new Reporting(window, schedules, null, null, clause.consolidationUnit(), null, null, null, reportTo, null);
    }

    private DeadlineRule rule(Deadline deadline, PeriodType type, int year, ReportingClause clause, String field, String what) {
        if (deadline == null) {
            findings.add(Finding.Kind.REPORTING, field, clause.source(), clause.text(),
                    "the document gives no deadline for " + what + ": the draft takes 10 days after each period's window; set it");
            return DeadlineRule.daysAfterWindow(10);
        }
        if (deadline instanceof DaysAfter days) {
            return DeadlineRule.daysAfterWindow(days.days());
        }
        if (deadline instanceof WorkingDaysAfter days) {
            return DeadlineRule.workingDaysAfterWindow(days.days());
        }
        if (deadline instanceof DayOfLastMonth day) {
            return DeadlineRule.dayOfMonth(day.day(), null);
        }
        LocalDate date = ((OnDate) deadline).date();
        List<Period> periods = type.calendar().periodsOf(year);
        if (periods.size() > 1) {
            findings.add(Finding.Kind.REPORTING, field, clause.source(), clause.text(),
                    "one date (" + date + ") for " + what + " of a plan that reports " + name(type)
                            + ": the draft gives it to every period; set each period's deadline");
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        periods.forEach(period -> dates.put(period.code(), date));
        return DeadlineRule.dates(dates);
    }

    private static String name(PeriodType type) {
        return switch (type) {
            case MONTHLY -> "monthly";
            case QUARTERLY -> "quarterly";
            case SEMIANNUAL -> "6-month";
            case NINE_MONTHS -> "9-month";
            case ANNUAL -> "yearly";
        };
    }
}
