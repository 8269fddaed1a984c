package vn.planprogress.plans.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.ReportRecipient;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.domain.Periods;
import vn.planprogress.plans.imports.ReportingClause.DayOfLastMonth;
import vn.planprogress.plans.imports.ReportingClause.DaysAfter;
import vn.planprogress.plans.imports.ReportingClause.Deadline;
import vn.planprogress.plans.imports.ReportingClause.OnDate;
import vn.planprogress.plans.imports.ReportingClause.Period;
import vn.planprogress.plans.imports.ReportingClause.WorkingDaysAfter;

/**
 * What of a reporting clause today's {@link Reporting} holds: one period type, deadlines as dates per period
 * or days after the period. The rest (several period types, working days) becomes findings; widen this
 * class as the reporting rules grow.
 */
final class ReportingMapping {

    private static final List<Period> FINEST_FIRST = List.of(Period.MONTHLY, Period.QUARTERLY, Period.ANNUAL);

    private final Findings findings;

    ReportingMapping(Findings findings) {
        this.findings = findings;
    }

    Reporting map(ReportingClause clause, int year) {
        Set<Period> periods = clause.periods();
        Period chosen = FINEST_FIRST.stream().filter(periods::contains).findFirst().orElse(Period.ANNUAL);
        PeriodType type = PeriodType.valueOf(chosen.name());
        if (periods.size() > 1 || !periods.contains(chosen)) {
            String others = periods.stream().filter(p -> p != chosen).map(ReportingMapping::name).collect(Collectors.joining(", "));
            findings.add(Finding.Kind.REPORTING, "reporting.periodType", clause.source(), clause.text(),
                    "the plan asks for " + periods.stream().map(ReportingMapping::name).collect(Collectors.joining(", "))
                            + " reports; a plan reports on one kind of period today: the draft reports " + name(chosen)
                            + "; the " + others + " reports are not in the draft");
        }
        DeadlineRule units = rule(clause.unitDeadline(), type, year, clause, "reporting.unitDeadline", "the units' reports");
        DeadlineRule consolidated;
        if (clause.consolidatedDeadline() == null) {
            consolidated = units;
            findings.add(Finding.Kind.REPORTING, "reporting.consolidatedDeadline", clause.source(), clause.text(),
                    "the document gives no deadline for the consolidated report: the draft takes the units' deadline; set it");
        } else {
            consolidated = rule(clause.consolidatedDeadline(), type, year, clause, "reporting.consolidatedDeadline", "the consolidated report");
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
        return new Reporting(type, units, clause.consolidationUnit(), consolidated, reportTo, null);
    }

    private DeadlineRule rule(Deadline deadline, PeriodType type, int year, ReportingClause clause, String field, String what) {
        if (deadline == null) {
            findings.add(Finding.Kind.REPORTING, field, clause.source(), clause.text(),
                    "the document gives no deadline for " + what + ": the draft takes 10 days after each period; set it");
            return new DeadlineRule(null, 10);
        }
        if (deadline instanceof DaysAfter days) {
            return new DeadlineRule(null, days.days());
        }
        if (deadline instanceof WorkingDaysAfter days) {
            findings.add(Finding.Kind.REPORTING, field, clause.source(), clause.text(),
                    what + " are due " + days.days() + " working days after each period; deadlines count calendar days today: "
                            + "the draft takes " + days.days() + " calendar days; set working days once plans take them");
            return new DeadlineRule(null, days.days());
        }
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        if (deadline instanceof DayOfLastMonth day) {
            for (Periods.Period period : Periods.of(type, year)) {
                YearMonth last = YearMonth.from(period.to());
                dates.put(period.code(), last.atDay(Math.min(day.day(), last.lengthOfMonth())));
            }
            return new DeadlineRule(dates, null);
        }
        LocalDate date = ((OnDate) deadline).date();
        List<Periods.Period> periods = Periods.of(type, year);
        if (periods.size() > 1) {
            findings.add(Finding.Kind.REPORTING, field, clause.source(), clause.text(),
                    "one date (" + date + ") for " + what + " of a plan that reports " + type.name().toLowerCase()
                            + ": the draft gives it to every period; set each period's deadline");
        }
        periods.forEach(period -> dates.put(period.code(), date));
        return new DeadlineRule(dates, null);
    }

    private static String name(Period period) {
        return switch (period) {
            case MONTHLY -> "monthly";
            case QUARTERLY -> "quarterly";
            case SEMIANNUAL -> "6-month";
            case NINE_MONTHS -> "9-month";
            case ANNUAL -> "yearly";
        };
    }
}
