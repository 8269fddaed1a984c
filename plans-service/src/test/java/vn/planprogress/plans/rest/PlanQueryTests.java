package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** Finding plans, and the digest other services read. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class PlanQueryTests {

    @Inject
    PlanFixtures fixtures;

    String issued;

    @BeforeEach
    void plans() {
        fixtures.resetWithUnits();
        issued = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        as(DevTokens.planner()).post("/api/v1/plans/" + issued + "/issue").then().statusCode(200);
        PlanFixtures.createSamplePlan().then().statusCode(201);
        Map<String, Object> other = PlanFixtures.samplePlan();
        other.put("year", 2023);
        other.put("issuedOn", "2023-03-01");
        ((Map<String, Object>) other.get("reporting")).put("unitDeadline", Map.of("dates", Map.of("2023", "2023-11-10")));
        ((Map<String, Object>) other.get("reporting")).put("consolidatedDeadline", Map.of("daysAfterPeriodEnd", 15));
        as(DevTokens.planner()).body(other).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void plansAreFilteredByYearOwnerStatusAndParentPlan() {
        as(DevTokens.viewer()).queryParam("year", 2022).get("/api/v1/plans").then()
                .statusCode(200).body("totalItems", equalTo(2));
        as(DevTokens.viewer()).queryParam("status", "ISSUED").get("/api/v1/plans").then()
                .body("items.id", contains(issued))
                .body("items[0].number", equalTo("1/KH-SKHCN"))
                .body("items[0].taskCount", equalTo(6));
        as(DevTokens.viewer()).queryParam("ownerUnit", "STTTT").get("/api/v1/plans").then().body("totalItems", equalTo(0));
        as(DevTokens.viewer()).queryParam("parentPlanNumber", "34/KH-UBND").get("/api/v1/plans").then().body("totalItems", equalTo(3));
        as(DevTokens.viewer()).queryParam("size", 1).queryParam("page", 2).get("/api/v1/plans").then()
                .body("items.size()", equalTo(1)).body("totalPages", equalTo(3));
    }

    @Test
    void aFilterOfTheWrongFormIsRefused() {
        String message = vn.planprogress.devsupport.Problems.assertInvalidField(
                as(DevTokens.viewer()).queryParam("status", "PUBLISHED").get("/api/v1/plans"), "status");
        org.junit.jupiter.api.Assertions.assertTrue(message.contains("DRAFT, ISSUED, CLOSED"), message);
        assertProblem(as(DevTokens.viewer()).queryParam("year", "hai nghìn").get("/api/v1/plans"), 400);
        assertProblem(as(DevTokens.viewer()).queryParam("page", -1).get("/api/v1/plans"), 400);
        // Numbers are read the one way of every service's parameters: the error names the parameter and the form.
        org.junit.jupiter.api.Assertions.assertEquals("'hai nghìn' is not a whole number", vn.planprogress.devsupport.Problems
                .assertInvalidField(as(DevTokens.viewer()).queryParam("year", "hai nghìn").get("/api/v1/plans"), "year"));
        org.junit.jupiter.api.Assertions.assertEquals("'x' is not a whole number", vn.planprogress.devsupport.Problems
                .assertInvalidField(as(DevTokens.viewer()).queryParam("page", "x").get("/api/v1/plans"), "page"));
        org.junit.jupiter.api.Assertions.assertEquals("'1a' is not a whole number", vn.planprogress.devsupport.Problems
                .assertInvalidField(as(DevTokens.viewer()).get("/api/v1/plans/" + issued + "/versions/1a"), "amendment"));
    }

    @Test
    void theDigestGivesPeriodsDeadlinesTasksAndUnits() {
        as(DevTokens.viewer()).get("/api/v1/plans/" + issued + "/digest").then()
                .statusCode(200)
                .header("ETag", org.hamcrest.Matchers.notNullValue())
                .body("status", equalTo("ISSUED"))
                .body("number", equalTo("1/KH-SKHCN"))
                .body("place", equalTo("Quảng Ngãi"))
                .body("periods.period", contains("2022"))
                .body("periods[0].unitDeadline", equalTo("2022-11-10"))
                .body("periods[0].consolidatedDeadline", equalTo("2022-11-15"))
                .body("tasks.code", contains("III.1", "III.2", "III.3", "III.4", "III.5", "III.6"))
                .body("tasks[3].leadUnits", contains("HCTH", "TTUDDV"))
                .body("tasks[3].effectiveTo", equalTo("2022-06-30"))
                .body("tasks[2].indicators.code", contains("BT", "CM"))
                .body("tasks[2].indicators[1].parts.target", contains(12, 12, 12))
                .body("tasks[0].coordinatingUnits", containsInAnyOrder("HCTH", "KHTC", "QLKH", "QLCN", "QLTC", "TTRA", "CCTDC"))
                .body("units.code", hasItems("SKHCN", "HCTH", "TTUDDV", "QLTC", "CCTDC", "UBND", "STTTT"))
                .body("units.find { it.code == 'TTUDDV' }.name", equalTo("Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ"));
    }

    @Test
    void anUnchangedDigestIsNotSentAgain() {
        String etag = as(DevTokens.viewer()).get("/api/v1/plans/" + issued + "/digest").header("ETag");
        as(DevTokens.viewer()).header("If-None-Match", etag).get("/api/v1/plans/" + issued + "/digest").then().statusCode(304);
        as(DevTokens.viewer()).header("If-None-Match", "\"0\"").get("/api/v1/plans/" + issued + "/digest").then().statusCode(200);
    }

    @Test
    void aRuleOfDaysAfterThePeriodGivesTheDeadline() {
        String id = as(DevTokens.viewer()).queryParam("year", 2023).get("/api/v1/plans").path("items[0].id");
        as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/digest").then()
                .body("periods[0].consolidatedDeadline", equalTo("2024-01-15"));
    }
}
