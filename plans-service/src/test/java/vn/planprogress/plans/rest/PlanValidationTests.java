package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.plans.PlanFixtures.task;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** Every bad input of a plan gets a 4xx problem naming the field or rule, and nothing is written. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class PlanValidationTests {

    @Inject
    PlanFixtures fixtures;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void malformedJsonIsRefused() {
        Response response = refusedWithoutWriting(() -> as(DevTokens.planner()).body("{\"title\": \"Kế hoạch\",").post("/api/v1/plans"));
        assertProblem(response, 400);
        response.then().body("detail", containsString("JSON"));
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedAsUnsupported() {
        Response response = refusedWithoutWriting(() -> RestAssured.given().auth().oauth2(DevTokens.planner())
                .contentType("text/plain").body("Kế hoạch").post("/api/v1/plans"));
        assertProblem(response, 415);
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        Response response = refusedWithoutWriting(() -> as(DevTokens.planner()).body(Map.of()).post("/api/v1/plans"));
        for (String field : List.of("title", "year", "ownerUnit", "tasks", "reporting")) {
            assertInvalidField(response, field);
        }
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("year", "năm 2022");
        assertInvalidField(refusedWithoutWriting(() -> create(plan)), "year");
    }

    @Test
    void anUnknownFieldIsRefusedRatherThanIgnored() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("tittle", "typo");
        String message = assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tittle");
        assertTrue(message.contains("unknown field"), message);
    }

    @Test
    void unknownLeadAndCoordinatingUnitsAreNamed() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 0).put("leadUnits", List.of("KHONGCO"));
        task(plan, 1).put("coordinatingUnits", List.of("HCTH", "CUNGKHONGCO"));

        Response response = refusedWithoutWriting(() -> create(plan));

        assertTrue(assertInvalidField(response, "tasks[0].leadUnits[0]").contains("KHONGCO"));
        assertTrue(assertInvalidField(response, "tasks[1].coordinatingUnits[1]").contains("CUNGKHONGCO"));
    }

    @Test
    void anUnknownOwnerOrConsolidatingUnitIsNamed() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("ownerUnit", "SXYZ");
        ((Map<String, Object>) plan.get("reporting")).put("consolidationUnit", "PXYZ");

        Response response = refusedWithoutWriting(() -> create(plan));

        assertInvalidField(response, "ownerUnit");
        assertInvalidField(response, "reporting.consolidationUnit");
    }

    @Test
    void duplicateTaskCodesAreRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 3).put("code", "III.1");
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[3].code").contains("duplicate"));
    }

    @Test
    void duplicateIndicatorCodesInOnePlanAreRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 5).put("indicators", List.of(Map.of("code", "BT", "name", "Cuộc kiểm tra", "target", 10)));
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[5].indicators[0].code").contains("duplicate"));
    }

    @Test
    void quartersOutsideOneToFourAreRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 3).put("schedule", Map.of("kind", "QUARTERS", "quarters", List.of(2, 5)));
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[3].schedule.quarters[1]").contains("1..4"));
    }

    @Test
    void aDateRangeWhoseFromIsAfterItsToIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 3).put("schedule", Map.of("kind", "DATE_RANGE", "from", "2022-06-30", "to", "2022-04-01"));
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[3].schedule").contains("after"));
    }

    @Test
    void aDateRangeOutsideThePlanYearIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 3).put("schedule", Map.of("kind", "DATE_RANGE", "from", "2022-12-01", "to", "2023-01-31"));
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[3].schedule").contains("plan year"));
    }

    @Test
    void aNegativeTargetIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        indicator(plan, 0).put("target", -6);
        assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[2].indicators[0].target");
    }

    @Test
    void breakdownPartsThatDoNotAddUpAreRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        List<Map<String, Object>> parts = parts(plan);
        parts.get(2).put("target", 10);

        String message = assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[2].indicators[1].parts");

        assertTrue(message.contains("34") && message.contains("36"), message);
    }

    @Test
    void aLeadUnitListedAsCoordinatingTooIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        task(plan, 3).put("coordinatingUnits", List.of("TTUDDV"));
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[3].coordinatingUnits[0]").contains("lead unit"));
    }

    @Test
    void aContentReferenceToASectionThatDoesNotExistIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        // The seed plan skips item 4 of its content: nothing may refer to it.
        task(plan, 4).put("contentRefs", List.of("II.4"));
        assertInvalidField(refusedWithoutWriting(() -> create(plan)), "tasks[4].contentRefs[0]");
    }

    @Test
    void aDeadlineForAPeriodTheyPlanDoesNotHaveIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        ((Map<String, Object>) plan.get("reporting")).put("unitDeadline", Map.of("dates", Map.of("2022-Q1", "2022-04-10")));
        Response response = refusedWithoutWriting(() -> create(plan));
        assertInvalidField(response, "reporting.unitDeadline.dates.2022-Q1");
        assertTrue(assertInvalidField(response, "reporting.unitDeadline.dates.2022").contains("no deadline for 2022"));
    }

    @Test
    void aNumberWithASequenceIsRefusedOnADraft() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("number", "12/KH-SKHCN");
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "number").contains("issued"));
    }

    @Test
    void textWithControlCharactersIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("title", "Kế hoạch\u0000");
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "title").contains("U+0000"));
    }

    @Test
    void textOverItsLimitIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("title", "Ạ".repeat(1001));
        assertInvalidField(refusedWithoutWriting(() -> create(plan)), "title");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefused() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("preamble", "x".repeat(3 * 1024 * 1024));
        assertProblem(refusedWithoutWriting(() -> create(plan)), 413);
    }

    @Test
    void editingAnIssuedPlanWithoutAnAmendmentIsRefused() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        String etag = as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = PlanFixtures.samplePlan();
        changed.put("title", "Đổi tên");

        Response put = refusedWithoutWriting(() -> as(DevTokens.planner()).header("If-Match", etag).body(changed).put("/api/v1/plans/" + id));
        Response addTask = refusedWithoutWriting(() -> as(DevTokens.planner()).body(task(PlanFixtures.samplePlan(), 0))
                .post("/api/v1/plans/" + id + "/tasks"));

        assertTrue(assertProblem(put, 409).get("detail").toString().contains("amendments"));
        assertProblem(addTask, 409);
        as(DevTokens.viewer()).get("/api/v1/plans/" + id).then().body("title", org.hamcrest.Matchers.not("Đổi tên"));
    }

    @Test
    void aStaleIfMatchIsRefusedAndAMissingOneIsRequired() {
        Response created = PlanFixtures.createSamplePlan();
        String id = created.path("id");
        String firstETag = created.header("ETag");
        Map<String, Object> changed = PlanFixtures.samplePlan();
        changed.put("title", "Lần sửa thứ nhất");
        as(DevTokens.planner()).header("If-Match", firstETag).body(changed).put("/api/v1/plans/" + id).then().statusCode(200);

        changed.put("title", "Lần sửa dựa trên bản cũ");
        Response stale = refusedWithoutWriting(() -> as(DevTokens.planner()).header("If-Match", firstETag).body(changed).put("/api/v1/plans/" + id));
        Response missing = refusedWithoutWriting(() -> as(DevTokens.planner()).body(changed).put("/api/v1/plans/" + id));

        assertProblem(stale, 412);
        assertProblem(missing, 428);
        as(DevTokens.viewer()).get("/api/v1/plans/" + id).then().body("title", org.hamcrest.Matchers.equalTo("Lần sửa thứ nhất"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        as(DevTokens.planner()).header("Idempotency-Key", "ke-hoach-2022-001").body(PlanFixtures.samplePlan())
                .post("/api/v1/plans").then().statusCode(201);
        Map<String, Object> other = PlanFixtures.samplePlan();
        other.put("title", "Một kế hoạch khác");

        Response reused = refusedWithoutWriting(() -> as(DevTokens.planner()).header("Idempotency-Key", "ke-hoach-2022-001")
                .body(other).post("/api/v1/plans"));

        assertProblem(reused, 422);
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertProblem(as(DevTokens.viewer()).get("/api/v1/plans/7b0e1c1e-0000-4000-8000-000000000000"), 404);
        assertProblem(as(DevTokens.viewer()).get("/api/v1/plans/7b0e1c1e-0000-4000-8000-000000000000/tasks/III.1"), 404);
    }

    /** Runs a request that must be refused, and asserts that no table gained or lost a row. */
    private Response refusedWithoutWriting(Supplier<Response> request) {
        Map<String, Long> before = fixtures.rowCounts();
        Response response = request.get();
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, () -> "refused with a 4xx: " + response.asString());
        assertEquals(before, fixtures.rowCounts(), "rows after a refused request");
        return response;
    }

    private static Response create(Map<String, Object> plan) {
        return as(DevTokens.planner()).body(plan).post("/api/v1/plans");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> indicator(Map<String, Object> plan, int index) {
        return ((List<Map<String, Object>>) task(plan, 2).get("indicators")).get(index);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parts(Map<String, Object> plan) {
        return new ArrayList<>((List<Map<String, Object>>) indicator(plan, 1).get("parts"));
    }
}
