package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** Indicators as a results framework: percentages, cumulative counts, qualitative results, baselines and targets per period. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class IndicatorTests {

    @Inject
    PlanFixtures fixtures;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    static Map<String, Object> percent() {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", "TL");
        indicator.put("name", "Tỷ lệ hồ sơ giải quyết đúng hạn");
        indicator.put("unitOfMeasure", "%");
        indicator.put("measure", "PERCENT");
        indicator.put("aggregation", "LATEST");
        indicator.put("target", 95);
        indicator.put("baseline", Map.of("value", 88.5, "year", 2022, "note", "Báo cáo năm 2022"));
        indicator.put("periodTargets", Map.of("2023-Q1", 90, "2023-Q2", 92));
        // HCTH leads task III.4; KHTC coordinates it through "Các phòng, đơn vị liên quan" of SKHCN.
        indicator.put("weights", Map.of("HCTH", 2, "KHTC", 1));
        return indicator;
    }

    static Map<String, Object> cumulative() {
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("code", "HS");
        indicator.put("name", "Hồ sơ trực tuyến toàn trình");
        indicator.put("unitOfMeasure", "hồ sơ");
        indicator.put("aggregation", "LATEST");
        indicator.put("target", 400);
        indicator.put("periodTargets", Map.of("2023-Q1", 100, "2023-Q2", 200, "2023-Q3", 300, "2023-Q4", 400));
        return indicator;
    }

    static Map<String, Object> qualitative() {
        return Map.of("code", "DG", "name", "Đánh giá mức độ hài lòng của người dân", "measure", "QUALITATIVE",
                "baseline", Map.of("year", 2022, "note", "Chưa khảo sát"));
    }

    static Map<String, Object> withIndicators(List<Map<String, Object>> indicators) {
        Map<String, Object> plan = ReportingCalendarTests.cutOffPlan();
        PlanFixtures.task(plan, 3).put("indicators", indicators);
        return plan;
    }

    @Test
    void percentCumulativeAndQualitativeIndicatorsReadBackAndReachTheDigest() {
        String id = as(DevTokens.planner()).body(withIndicators(List.of(percent(), cumulative(), qualitative())))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");

        as(DevTokens.viewer()).get("/api/v1/plans/" + id).then().statusCode(200)
                .body("tasks[3].indicators.code", contains("TL", "HS", "DG"))
                .body("tasks[3].indicators.measure", contains("PERCENT", "NUMBER", "QUALITATIVE"))
                .body("tasks[3].indicators[0].baseline.value", equalTo(88.5f))
                .body("tasks[3].indicators[0].weights.HCTH", equalTo(2))
                .body("tasks[3].indicators[2].containsKey('target')", equalTo(false));
        Response digest = as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/digest");
        digest.then().statusCode(200)
                .body("tasks[3].indicators.measure", contains("PERCENT", "NUMBER", "QUALITATIVE"))
                .body("tasks[3].indicators.direction", contains("INCREASE", "INCREASE", "INCREASE"))
                .body("tasks[3].indicators.aggregation", contains("LATEST", "LATEST", "SUM"))
                .body("tasks[3].indicators[0].target", equalTo(95))
                .body("tasks[3].indicators[0].baseline.year", equalTo(2022))
                .body("tasks[3].indicators[0].baseline.note", equalTo("Báo cáo năm 2022"))
                .body("tasks[3].indicators[0].periodTargets.'2023-Q2'", equalTo(92))
                .body("tasks[3].indicators[0].weights.KHTC", equalTo(1))
                .body("tasks[3].indicators[1].periodTargets.'2023-Q4'", equalTo(400))
                .body("tasks[3].indicators[2].baseline.note", equalTo("Chưa khảo sát"));
    }

    @Test
    void aPercentOutsideZeroToAHundredAndAPercentBreakdownAreNamed() {
        Map<String, Object> indicator = percent();
        indicator.put("target", 120);
        indicator.put("baseline", Map.of("value", 101, "year", 2022));
        indicator.put("periodTargets", Map.of("2023-Q1", 150));
        indicator.put("parts", List.of(Map.of("code", "A", "name", "Phần A", "target", 120)));

        Response response = refused(withIndicators(List.of(indicator)));

        String at = "tasks[3].indicators[0].";
        assertTrue(assertInvalidField(response, at + "target").contains("0 to 100"));
        assertInvalidField(response, at + "baseline.value");
        assertInvalidField(response, at + "periodTargets.2023-Q1");
        assertTrue(assertInvalidField(response, at + "parts").contains("percent"));
    }

    @Test
    void aQualitativeIndicatorWithANumberIsNamed() {
        Map<String, Object> indicator = new LinkedHashMap<>(qualitative());
        indicator.put("target", 1);
        indicator.put("baseline", Map.of("value", 3, "year", 2022));
        indicator.put("periodTargets", Map.of("2023-Q1", 1));

        Response response = refused(withIndicators(List.of(indicator)));

        assertInvalidField(response, "tasks[3].indicators[0].target");
        assertInvalidField(response, "tasks[3].indicators[0].baseline.value");
        assertInvalidField(response, "tasks[3].indicators[0].periodTargets");
    }

    @Test
    void periodTargetsOfAnotherPeriodOrThatDoNotAddUpAreNamed() {
        Map<String, Object> summed = new LinkedHashMap<>(cumulative());
        summed.put("aggregation", "SUM");
        assertTrue(assertInvalidField(refused(withIndicators(List.of(summed))), "tasks[3].indicators[0].periodTargets")
                .contains("add up to 1000, not to the target 400"));

        Map<String, Object> elsewhere = new LinkedHashMap<>(cumulative());
        elsewhere.put("periodTargets", Map.of("2024-Q1", 100, "2023-05", 10));
        Response response = refused(withIndicators(List.of(elsewhere)));
        assertInvalidField(response, "tasks[3].indicators[0].periodTargets.2024-Q1");
        assertInvalidField(response, "tasks[3].indicators[0].periodTargets.2023-05");

        Map<String, Object> number = new LinkedHashMap<>(cumulative());
        number.remove("target");
        assertInvalidField(refused(withIndicators(List.of(number))), "tasks[3].indicators[0].target");
    }

    @Test
    void weightsOnlyForAPercentOfTheTasksUnitsAndAboveZero() {
        Map<String, Object> wrong = percent();
        wrong.put("weights", Map.of("HCTH", 0, "UBND", 1));
        Response response = refused(withIndicators(List.of(wrong)));
        assertTrue(assertInvalidField(response, "tasks[3].indicators[0].weights.HCTH").contains("more than 0"));
        assertTrue(assertInvalidField(response, "tasks[3].indicators[0].weights.UBND").contains("not a unit of this task"));

        Map<String, Object> number = new LinkedHashMap<>(cumulative());
        number.put("weights", Map.of("HCTH", 2));
        assertInvalidField(refused(withIndicators(List.of(number))), "tasks[3].indicators[0].weights");
    }

    private Response refused(Map<String, Object> plan) {
        Map<String, Long> before = fixtures.rowCounts();
        Response response = as(DevTokens.planner()).body(plan).post("/api/v1/plans");
        assertEquals(before, fixtures.rowCounts(), "nothing written");
        return response;
    }
}
