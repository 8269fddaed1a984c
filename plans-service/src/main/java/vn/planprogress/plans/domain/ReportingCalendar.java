package vn.planprogress.plans.domain;

import java.time.LocalDate;
import java.util.List;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.ReportingPeriod;

/** A plan's reporting periods with the deadlines its rules give them. */
public final class ReportingCalendar {

    private ReportingCalendar() {
    }

    public static List<ReportingPeriod> periods(Reporting reporting, int year) {
        return Periods.of(reporting.periodType(), year).stream()
                .map(period -> new ReportingPeriod(period.code(), period.from(), period.to(),
                        deadline(reporting.unitDeadline(), period), deadline(reporting.consolidatedDeadline(), period)))
                .toList();
    }

    public static LocalDate deadline(DeadlineRule rule, Periods.Period period) {
        if (rule == null) {
            return null;
        }
        if (rule.daysAfterPeriodEnd() != null) {
            return period.to().plusDays(rule.daysAfterPeriodEnd());
        }
        return rule.dates() == null ? null : rule.dates().get(period.code());
    }
}
