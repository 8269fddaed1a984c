package vn.planprogress.plans.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.DeadlineRule;
import vn.planprogress.calendar.DefaultHolidays;
import vn.planprogress.calendar.PeriodDeadlines;
import vn.planprogress.calendar.PeriodLock;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.PlanCalendar;
import vn.planprogress.calendar.ReportingRules;
import vn.planprogress.calendar.WindowKind;
import vn.planprogress.calendar.WorkingDays;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.LockExceptionRequest;

/** A lock exception's rules as plain code: the unit, the period and the day it ends. */
class LockExceptionRulesTests {

    /** Quarterly on calendar windows, units 10 days after the quarter, locked 5 days after: Q2 takes entries through 15 July 2023. */
    private static final PlanCalendar LOCKING = calendar(new PeriodLock.DaysAfterUnitDeadline(5));
    private static final Set<String> UNITS = Set.of("HCTH", "TTUDDV");
    private static final LocalDate TODAY = LocalDate.of(2023, 7, 12);

    @Test
    void anExceptionFromTheLockToAYearAfterIsAccepted() {
        assertEquals(List.of(), check("HCTH", "2023-Q2", "2023-07-15", LOCKING));
        assertEquals(List.of(), check("HCTH", "2023-Q2", "2024-07-15", LOCKING));
    }

    @Test
    void eachBrokenRuleNamesItsField() {
        assertEquals(List.of("unitCode"), fields(check("UBND", "2023-Q2", "2023-07-20", LOCKING)));
        assertEquals(List.of("period"), fields(check("HCTH", "2023-Q0", "2023-07-20", LOCKING)));
        assertEquals(List.of("period"), fields(check("HCTH", "2023-H1", "2023-07-20", LOCKING)));
        assertEquals(List.of("period"), fields(check("HCTH", "2023-Q2", "2023-07-20", calendar(PeriodLock.NEVER))));
        // In the past, before the lock it lifts (ending before it starts), more than 366 days after it.
        assertEquals("until", check("HCTH", "2023-Q2", "2023-07-11", LOCKING).get(0).field());
        assertEquals(true, check("HCTH", "2023-Q2", "2023-07-11", LOCKING).get(0).message().contains("past"));
        assertEquals(true, check("HCTH", "2023-Q2", "2023-07-14", LOCKING).get(0).message().contains("before it starts"));
        assertEquals(List.of("until"), fields(check("HCTH", "2023-Q2", "2024-07-16", LOCKING)));
        assertEquals(List.of("unitCode", "period"), fields(check("UBND", "2023-Q2", "2023-07-20", calendar(PeriodLock.NEVER))));
    }

    private static List<FieldViolation> check(String unit, String period, String until, PlanCalendar calendar) {
        return LockExceptionRules.check(new LockExceptionRequest(unit, period, LocalDate.parse(until), "Bổ sung số liệu"), UNITS, calendar, TODAY);
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    private static PlanCalendar calendar(PeriodLock lock) {
        ReportingRules rules = new ReportingRules(2023, WindowKind.CALENDAR, Map.of(PeriodType.QUARTERLY,
                new PeriodDeadlines(new DeadlineRule.DaysAfterWindow(10), new DeadlineRule.DaysAfterWindow(15))), null, lock);
        return PlanCalendar.of(rules, WorkingDays.of(DefaultHolidays.shipped()), BusinessTime.inDefaultZone());
    }
}
