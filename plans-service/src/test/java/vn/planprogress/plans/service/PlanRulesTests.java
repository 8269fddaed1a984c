package vn.planprogress.plans.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.PlanFixtures;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.ScheduleKind;

/** The plan rules as plain code, without HTTP or database. */
class PlanRulesTests {

    private static final Set<String> UNITS = Set.of("UBND", "SKHCN", "STTTT", "SNV", "HCTH", "KHTC", "QLKH", "QLCN", "QLTC",
            "TTRA", "CCTDC", "TTUDDV", "BAOQN", "PTTHQN");

    @Test
    void theSeedPlanKeepsEveryRule() throws Exception {
        assertEquals(List.of(), PlanRules.check(seed(), UNITS));
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() throws Exception {
        List<FieldViolation> violations = PlanRules.check(seed(), Set.of("SKHCN", "HCTH"));
        assertTrue(violations.size() > 5, violations::toString);
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("tasks[0].leadUnits[0]")));
        assertTrue(violations.stream().anyMatch(v -> v.field().equals("reporting.reportTo.unit")));
    }

    @Test
    void effectiveDatesFollowTheKindOfSchedule() {
        assertEquals(List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), dates(new Schedule(ScheduleKind.CONTINUOUS, null, null, null, null, null, null)));
        assertEquals(List.of(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30)), dates(new Schedule(ScheduleKind.QUARTERS, List.of(2), null, null, null, null, null)));
        assertEquals(List.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 9, 30)), dates(new Schedule(ScheduleKind.QUARTERS, List.of(3, 1), null, null, null, null, null)));
        assertEquals(List.of(LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 18)),
                dates(new Schedule(ScheduleKind.DATE_RANGE, null, LocalDate.of(2022, 5, 18), LocalDate.of(2022, 5, 18), null, null, null)));
    }

    @Test
    void aContinuousScheduleTakesNoDates() throws Exception {
        PlanDocument plan = seed();
        var task = plan.tasks().get(0);
        var broken = new vn.planprogress.plans.api.TaskDocument(task.code(), task.title(), task.leadUnits(), task.coordinatingUnits(),
                task.coordinatingGroups(), new Schedule(ScheduleKind.CONTINUOUS, List.of(1), null, null, null, null, null),
                task.indicators(), task.contentRefs(), null);
        List<FieldViolation> violations = PlanRules.check(plan.withTasks(List.of(broken)), UNITS);
        assertEquals("tasks[0].schedule", violations.get(0).field());
    }

    @Test
    void indicatorsKeepTheirMeasuresRules() throws Exception {
        PlanDocument plan = seed();
        var task = plan.tasks().get(3);
        var percent = new vn.planprogress.plans.api.IndicatorDocument("TL", "Tỷ lệ", "%", java.math.BigDecimal.valueOf(101), null,
                vn.planprogress.plans.api.Measure.PERCENT, null, null, null, null, Map.of("TTUDDV", java.math.BigDecimal.ONE, "UBND", java.math.BigDecimal.ONE));
        var qualitative = new vn.planprogress.plans.api.IndicatorDocument("DG", "Đánh giá", null, java.math.BigDecimal.ONE, null,
                vn.planprogress.plans.api.Measure.QUALITATIVE, null, null, null, null, null);
        var number = new vn.planprogress.plans.api.IndicatorDocument("HS", "Hồ sơ", "hồ sơ", java.math.BigDecimal.TEN, null,
                null, null, null, null, Map.of("2022", java.math.BigDecimal.ONE), null);
        var changed = new vn.planprogress.plans.api.TaskDocument(task.code(), task.title(), task.leadUnits(), task.coordinatingUnits(),
                task.coordinatingGroups(), task.schedule(), List.of(percent, qualitative, number), task.contentRefs(), null);
        List<vn.planprogress.plans.api.TaskDocument> tasks = new java.util.ArrayList<>(plan.tasks());
        tasks.set(3, changed);

        List<String> fields = PlanRules.check(plan.withTasks(tasks), UNITS).stream().map(FieldViolation::field).toList();

        // A percent over 100, a weight for a unit not of the task; a qualitative with a target; a year's one period target not adding up.
        assertEquals(List.of("tasks[3].indicators[0].target", "tasks[3].indicators[0].weights.UBND", "tasks[3].indicators[1].target",
                "tasks[3].indicators[2].periodTargets"), fields);
    }

    private static List<LocalDate> dates(Schedule schedule) {
        return List.of(PlanRules.effectiveDates(schedule, 2022));
    }

    private static PlanDocument seed() throws Exception {
        return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(PlanFixtures.samplePlanText(), PlanDocument.class);
    }
}
