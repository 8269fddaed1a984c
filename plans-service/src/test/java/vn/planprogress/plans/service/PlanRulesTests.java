package vn.planprogress.plans.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.List;
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

    private static List<LocalDate> dates(Schedule schedule) {
        return List.of(PlanRules.effectiveDates(schedule, 2022));
    }

    private static PlanDocument seed() throws Exception {
        return new ObjectMapper().registerModule(new JavaTimeModule()).readValue(PlanFixtures.samplePlanText(), PlanDocument.class);
    }
}
