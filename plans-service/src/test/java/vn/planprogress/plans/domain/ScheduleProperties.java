package vn.planprogress.plans.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.IndicatorDocument;
import vn.planprogress.plans.api.IndicatorPart;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.ScheduleKind;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.service.PlanRules;

/** Schedules and breakdowns, for any quarters, dates and parts. */
class ScheduleProperties {

    private static final Set<String> UNITS = Set.of("SKHCN", "HCTH");

    @Property
    void quartersGiveDatesWithinThePlanYear(@ForAll @Size(min = 1, max = 4) @UniqueElements List<@IntRange(min = 1, max = 4) Integer> quarters,
                                            @ForAll @IntRange(min = 2000, max = 2100) int year) {
        Schedule schedule = new Schedule(ScheduleKind.QUARTERS, quarters, null, null, null, null, null);
        assertEquals(List.of(), PlanRules.check(plan(year, schedule, null), UNITS));
        LocalDate[] dates = PlanRules.effectiveDates(schedule, year);
        assertEquals(year, dates[0].getYear());
        assertEquals(year, dates[1].getYear());
        assertTrue(!dates[0].isAfter(dates[1]));
        int first = quarters.stream().min(Integer::compare).orElseThrow();
        assertEquals(LocalDate.of(year, first * 3 - 2, 1), dates[0]);
    }

    @Property
    void aQuarterOutsideOneToFourIsRefused(@ForAll int quarter) {
        Schedule schedule = new Schedule(ScheduleKind.QUARTERS, List.of(quarter), null, null, null, null, null);
        List<FieldViolation> violations = PlanRules.check(plan(2022, schedule, null), UNITS);
        assertEquals(quarter < 1 || quarter > 4, violations.stream().anyMatch(v -> v.field().equals("tasks[0].schedule.quarters[0]")));
    }

    @Property
    void aDateRangeIsAcceptedExactlyWhenOrderedAndWithinTheYear(@ForAll("days") LocalDate from, @ForAll("days") LocalDate to) {
        Schedule schedule = new Schedule(ScheduleKind.DATE_RANGE, null, from, to, null, null, null);
        boolean valid = !from.isAfter(to) && from.getYear() == 2022 && to.getYear() == 2022;
        assertEquals(valid, PlanRules.check(plan(2022, schedule, null), UNITS).isEmpty());
        if (valid) {
            assertEquals(List.of(from, to), List.of(PlanRules.effectiveDates(schedule, 2022)));
        }
    }

    @Property
    void aBreakdownIsAcceptedExactlyWhenItsPartsAddUpToTheTarget(
            @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 1000) Integer> parts,
            @ForAll @IntRange(min = 0, max = 6000) int target) {
        List<IndicatorPart> breakdown = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            breakdown.add(new IndicatorPart("P" + i, "Phần " + i, BigDecimal.valueOf(parts.get(i))));
        }
        IndicatorDocument indicator = IndicatorDocument.number("CM", "Chuyên mục", "chuyên mục", BigDecimal.valueOf(target), breakdown);
        Schedule schedule = new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, null, null);
        int sum = parts.stream().mapToInt(Integer::intValue).sum();
        List<FieldViolation> violations = PlanRules.check(plan(2022, schedule, indicator), UNITS);
        assertEquals(sum != target, violations.stream().anyMatch(v -> v.field().equals("tasks[0].indicators[0].parts")));
        assertFalse(violations.stream().anyMatch(v -> !v.field().equals("tasks[0].indicators[0].parts")));
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(-400, 800).map(offset -> LocalDate.of(2022, 1, 1).plusDays(offset));
    }

    private static PlanDocument plan(int year, Schedule schedule, IndicatorDocument indicator) {
        TaskDocument task = new TaskDocument("III.1", "Nhiệm vụ", List.of("HCTH"), List.of(), List.of(), schedule,
                indicator == null ? List.of() : List.of(indicator), List.of(), null);
        Reporting reporting = new Reporting(null, null, PeriodType.ANNUAL, DeadlineRule.daysAfterWindow(0), "HCTH", DeadlineRule.daysAfterWindow(5),
                null, null, null, null);
        return new PlanDocument(null, null, "Kế hoạch", year, "SKHCN", null, null, null, null, List.of(), null, List.of(),
                List.of(), List.of(task), null, List.of(), List.of(), reporting, null, null, null, null, null);
    }
}
