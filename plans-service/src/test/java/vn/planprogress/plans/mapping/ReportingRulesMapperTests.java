package vn.planprogress.plans.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.DeadlineRule.DayOfMonth;
import vn.planprogress.calendar.DeadlineRule.DaysAfterWindow;
import vn.planprogress.calendar.EntryOpening;
import vn.planprogress.calendar.PeriodLock;
import vn.planprogress.calendar.ReportingRules;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.ReportingSchedule;
import vn.planprogress.plans.api.WindowKind;

/** The plan's reporting as the calendar's rules, and the calendar's violations said as the plan's JSON says them. */
class ReportingRulesMapperTests {

    @Test
    void theShorthandAndTheDeprecatedAliasMeanWhatTheyMeant() {
        Reporting seed = shorthand(PeriodType.ANNUAL, DeadlineRule.dates(Map.of("2022", LocalDate.of(2022, 11, 10))),
                new DeadlineRule(null, 15, null, null, null));

        ReportingRules rules = ReportingRulesMapper.rules(seed, 2022);

        assertEquals(vn.planprogress.calendar.WindowKind.CALENDAR, rules.window());
        assertEquals(List.of(vn.planprogress.calendar.PeriodType.ANNUAL), List.copyOf(rules.periodTypes()));
        assertEquals(new DaysAfterWindow(15), rules.deadlines().get(vn.planprogress.calendar.PeriodType.ANNUAL).consolidatedDeadline());
        assertEquals(EntryOpening.ANY_TIME, rules.entryOpening());
        assertEquals(PeriodLock.NEVER, rules.lock());
        assertEquals(List.of(), ReportingRulesMapper.violations(seed, 2022));
    }

    @Test
    void aDayOfMonthWithoutItsMonthIsThePeriodsLastMonth() {
        Reporting reporting = new Reporting(WindowKind.CUT_OFF, List.of(
                new ReportingSchedule(PeriodType.SEMIANNUAL, DeadlineRule.dayOfMonth(18, null), DeadlineRule.dayOfMonth(20, 6))),
                null, null, "HCTH", null, new vn.planprogress.plans.api.EntryOpening(true, null), 10, null, null);

        ReportingRules rules = ReportingRulesMapper.rules(reporting, 2023);

        assertEquals(new DayOfMonth(18, 6), rules.deadlines().get(vn.planprogress.calendar.PeriodType.SEMIANNUAL).unitDeadline());
        assertEquals(EntryOpening.AT_WINDOW_START, rules.entryOpening());
        assertEquals(new PeriodLock.DaysAfterUnitDeadline(10), rules.lock());
    }

    @Test
    void theCalendarsFieldsAreSaidAsTheJsonSaysThem() {
        Reporting reporting = new Reporting(WindowKind.CUT_OFF, List.of(
                new ReportingSchedule(PeriodType.QUARTERLY, DeadlineRule.workingDaysAfterWindow(2), DeadlineRule.daysAfterWindow(5)),
                new ReportingSchedule(PeriodType.ANNUAL, DeadlineRule.dayOfMonth(10, null), new DeadlineRule(null, 99, null, null, null))),
                null, null, "HCTH", null, new vn.planprogress.plans.api.EntryOpening(null, 61), 70, null, null);

        List<String> fields = ReportingRulesMapper.violations(reporting, 2023).stream().map(FieldViolation::field).toList();

        assertEquals(List.of("reporting.schedules[1].unitDeadline.dayOfMonth.day", "reporting.schedules[1].consolidatedDeadline.daysAfterPeriodEnd",
                "reporting.entryOpens.daysBeforeWindowEnd", "reporting.lockAfterDays"), fields);
    }

    @Test
    void aRuleOfTwoFormsOrNoneAndAnOpeningOfBothAreRefusedBeforeTheCalendarSeesThem() {
        Reporting reporting = new Reporting(null, List.of(
                new ReportingSchedule(PeriodType.QUARTERLY, new DeadlineRule(null, null, 5, 2, null), new DeadlineRule(null, null, null, null, null))),
                null, null, "HCTH", null, new vn.planprogress.plans.api.EntryOpening(true, 5), null, null, null);

        List<FieldViolation> violations = ReportingRulesMapper.violations(reporting, 2023);

        assertEquals(List.of("reporting.schedules[0].unitDeadline", "reporting.schedules[0].consolidatedDeadline", "reporting.entryOpens"),
                violations.stream().map(FieldViolation::field).toList());
        assertTrue(violations.get(0).message().contains("exactly one"), violations::toString);
    }

    @Test
    void theFirstWorkingDayRuleIsWhereMissingDaysOffAreNamed() {
        Reporting reporting = shorthand(PeriodType.QUARTERLY, DeadlineRule.daysAfterWindow(5), DeadlineRule.workingDaysAfterWindow(5));
        assertEquals("reporting.consolidatedDeadline.workingDaysAfterWindow", ReportingRulesMapper.workingDaysField(reporting));
    }

    private static Reporting shorthand(PeriodType type, DeadlineRule unit, DeadlineRule consolidated) {
        return new Reporting(null, null, type, unit, "HCTH", consolidated, null, null, null, null);
    }
}
