package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** A draft plan's tasks one at a time; every change is checked against the whole plan. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class TaskTests {

    @Inject
    PlanFixtures fixtures;

    String planId;

    @BeforeEach
    void draft() {
        fixtures.resetWithUnits();
        planId = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
    }

    @Test
    void tasksAreListedInThePlansOrderAndPaged() {
        as(DevTokens.viewer()).queryParam("size", 4).queryParam("page", 1).get("/api/v1/plans/" + planId + "/tasks").then()
                .statusCode(200)
                .body("items.code", contains("III.5", "III.6"))
                .body("totalItems", equalTo(6));
    }

    @Test
    void aTaskIsAddedReplacedAndRemoved() {
        Map<String, Object> task = Map.of("code", "III.7", "title", "Tuyên truyền trên mạng xã hội",
                "leadUnits", List.of("HCTH"), "schedule", Map.of("kind", "DATE_RANGE", "from", "2022-07-01", "to", "2022-09-30"),
                "indicators", List.of(Map.of("code", "BV", "name", "Bài viết", "unitOfMeasure", "bài", "target", 24)));

        Response added = as(DevTokens.planner()).body(task).post("/api/v1/plans/" + planId + "/tasks");
        added.then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/tasks/III.7"))
                .body("schedule.effectiveFrom", equalTo("2022-07-01"));

        Map<String, Object> changed = new java.util.HashMap<>(task);
        changed.put("title", "Tuyên truyền trên mạng xã hội Zalo, Facebook");
        as(DevTokens.planner()).header("If-Match", added.header("ETag")).body(changed).put("/api/v1/plans/" + planId + "/tasks/III.7")
                .then().statusCode(200).body("title", equalTo("Tuyên truyền trên mạng xã hội Zalo, Facebook"));

        as(DevTokens.planner()).delete("/api/v1/plans/" + planId + "/tasks/III.7").then().statusCode(204);
        assertProblem(as(DevTokens.viewer()).get("/api/v1/plans/" + planId + "/tasks/III.7"), 404);
        assertEquals(6, fixtures.count("select count(*) from task"));
    }

    @Test
    void aTaskBreakingAPlanRuleIsRefusedWithItsOwnFieldNames() {
        Map<String, Object> task = Map.of("code", "III.7", "title", "Chỉ tiêu trùng mã",
                "leadUnits", List.of("HCTH"), "schedule", Map.of("kind", "CONTINUOUS"),
                "indicators", List.of(Map.of("code", "CM", "name", "Trùng", "target", 1)));

        String message = assertInvalidField(as(DevTokens.planner()).body(task).post("/api/v1/plans/" + planId + "/tasks"), "indicators[0].code");

        assertTrue(message.contains("duplicate"), message);
        assertEquals(6, fixtures.count("select count(*) from task"));
    }

    @Test
    void aSecondTaskWithTheSameCodeConflicts() {
        Map<String, Object> task = PlanFixtures.task(PlanFixtures.samplePlan(), 0);
        assertProblem(as(DevTokens.planner()).body(task).post("/api/v1/plans/" + planId + "/tasks"), 409);
    }

    @Test
    void thePlansLastTaskStays() {
        for (String code : List.of("III.1", "III.2", "III.3", "III.4", "III.5")) {
            as(DevTokens.planner()).delete("/api/v1/plans/" + planId + "/tasks/" + code).then().statusCode(204);
        }
        assertProblem(as(DevTokens.planner()).delete("/api/v1/plans/" + planId + "/tasks/III.6"), 409);
    }
}
