package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static vn.planprogress.devsupport.JsonApi.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** The seed plan through the API: loaded, read back equal, issued, amended, closed. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class SeedPlanTests {

    /** What GET adds to what POST takes: server-assigned and derived fields, and an indicator's defaults spelled out. */
    private static final Set<String> READ_ONLY = Set.of("id", "status", "amendment", "version", "createdAt", "updatedAt",
            "periods", "effectiveFrom", "effectiveTo", "resolvedCoordinatingUnits", "measure", "direction", "aggregation");

    @Inject
    PlanFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void theSeedPlanReadsBackEqualToTheSampleFieldByField() throws Exception {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");

        Response read = as(DevTokens.viewer()).get("/api/v1/plans/" + id);

        read.then().statusCode(200).header("ETag", "\"" + read.path("version") + "\"");
        Map<String, Object> sample = PlanFixtures.samplePlan();
        Map<String, Object> stored = new ObjectMapper().readValue(read.asString(), Map.class);
        assertSubset("", sample, stored);
    }

    @Test
    void vietnameseTextRoundTripsByteForByte() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");

        Response read = as(DevTokens.viewer()).get("/api/v1/plans/" + id);

        assertEquals("Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", read.path("title"));
        assertEquals("Nguyễn Văn Thành", read.path("signer.name"));
        assertEquals("Quý I - II/2022", read.path("tasks[4].schedule.label"));
        String sampleText = PlanFixtures.samplePlanText();
        String preamble = read.path("preamble");
        assertEquals(true, sampleText.contains(preamble), "preamble as in the sample file");
    }

    @Test
    void textIsStoredAsGivenInEitherUnicodeForm() {
        String decomposed = java.text.Normalizer.normalize("Kế hoạch tuyên truyền cải cách hành chính", java.text.Normalizer.Form.NFD);
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("title", decomposed);
        String id = as(DevTokens.planner()).body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");

        assertEquals(decomposed, as(DevTokens.viewer()).get("/api/v1/plans/" + id).path("title"));
    }

    @Test
    void derivedFieldsFollowTheSeedDocument() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");

        as(DevTokens.viewer()).get("/api/v1/plans/" + id).then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("number", equalTo("KH-SKHCN"))
                // "Các phòng, đơn vị thuộc Sở": every unit under SKHCN but the lead unit
                .body("tasks[0].resolvedCoordinatingUnits", containsInAnyOrder("HCTH", "KHTC", "QLKH", "QLCN", "QLTC", "TTRA", "CCTDC"))
                .body("tasks[3].leadUnits", contains("HCTH", "TTUDDV"))
                .body("tasks[3].resolvedCoordinatingUnits", containsInAnyOrder("KHTC", "QLKH", "QLCN", "QLTC", "TTRA", "CCTDC"))
                .body("tasks[0].schedule.effectiveFrom", equalTo("2022-01-01"))
                .body("tasks[0].schedule.effectiveTo", equalTo("2022-12-31"))
                .body("tasks[3].schedule.effectiveFrom", equalTo("2022-04-01"))
                .body("tasks[3].schedule.effectiveTo", equalTo("2022-06-30"))
                .body("tasks[4].schedule.effectiveFrom", equalTo("2022-01-01"))
                .body("tasks[4].schedule.effectiveTo", equalTo("2022-06-30"))
                .body("tasks[5].schedule.effectiveFrom", equalTo("2022-10-01"))
                .body("tasks[5].schedule.effectiveTo", equalTo("2022-12-31"))
                .body("reporting.periods[0].period", equalTo("2022"))
                .body("reporting.periods[0].unitDeadline", equalTo("2022-11-10"))
                .body("reporting.periods[0].consolidatedDeadline", equalTo("2022-11-15"))
                .body("contentSections.code", contains("II.1", "II.2", "II.3", "II.5"));
    }

    @Test
    void issuingAssignsTheNextNumberAndKeepsTheIssuedVersion() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");

        as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("number", equalTo("1/KH-SKHCN"))
                .body("issuedOn", equalTo("2022-03-15"));

        String second = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        as(DevTokens.planner()).post("/api/v1/plans/" + second + "/issue").then()
                .statusCode(200).body("number", equalTo("2/KH-SKHCN"));
        as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/versions").then()
                .statusCode(200)
                .body("amendment", contains(0))
                .body("reason", contains("Ban hành"));
    }

    @Test
    void aPlanIssuedWithoutADateIsDatedTodayInVietnamWhateverTheServersZone() {
        Map<String, Object> undated = PlanFixtures.samplePlan();
        undated.remove("issuedOn");
        String id = as(DevTokens.planner()).body(undated).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        // 00:30 on 12 November in Asia/Ho_Chi_Minh is still 11 November in UTC.
        clock.set("2022-11-11T17:30:00Z");

        as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200).body("issuedOn", equalTo("2022-11-12"));
    }

    @Test
    void anAmendmentReplacesTheContentAndKeepsThePreviousVersion() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        String etag = as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200).extract().header("ETag");
        Map<String, Object> amended = PlanFixtures.samplePlan();
        PlanFixtures.task(amended, 2).put("title", "Tuyên truyền thông qua xuất bản 08 bản tin");

        as(DevTokens.planner()).header("If-Match", etag)
                .body(Map.of("reason", "Bổ sung bản tin theo Công văn số 120/STTTT", "plan", amended))
                .post("/api/v1/plans/" + id + "/amendments").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/api/v1/plans/" + id + "/versions/1"))
                .body("amendment", equalTo(1))
                .body("number", equalTo("1/KH-SKHCN"))
                .body("status", equalTo("ISSUED"))
                .body("tasks[2].title", equalTo("Tuyên truyền thông qua xuất bản 08 bản tin"));

        as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/versions/0").then()
                .statusCode(200)
                .body("tasks[2].title", equalTo(PlanFixtures.task(PlanFixtures.samplePlan(), 2).get("title")));
        as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/versions").then()
                .body("amendment", contains(0, 1))
                .body("reason[1]", equalTo("Bổ sung bản tin theo Công văn số 120/STTTT"));
    }

    @Test
    void aClosedPlanTakesNoAmendment() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        String etag = as(DevTokens.planner()).post("/api/v1/plans/" + id + "/close").then()
                .statusCode(200).body("status", equalTo("CLOSED")).extract().header("ETag");

        Response refused = as(DevTokens.planner()).header("If-Match", etag)
                .body(Map.of("reason", "Sửa", "plan", PlanFixtures.samplePlan()))
                .post("/api/v1/plans/" + id + "/amendments");

        vn.planprogress.devsupport.Problems.assertProblem(refused, 409);
    }

    @SuppressWarnings("unchecked")
    private static void assertSubset(String path, Object expected, Object actual) {
        if (expected instanceof Map<?, ?> expectedMap) {
            if (!(actual instanceof Map<?, ?> actualMap)) {
                fail(path + ": expected an object, got " + actual);
                return;
            }
            expectedMap.forEach((key, value) -> assertSubset(path + "." + key, value, actualMap.get(key)));
            for (Object key : actualMap.keySet()) {
                if (!expectedMap.containsKey(key) && !READ_ONLY.contains(key)) {
                    fail(path + "." + key + ": GET returns a field the sample does not have: " + actualMap.get(key));
                }
            }
        } else if (expected instanceof List<?> expectedList) {
            if (!(actual instanceof List<?> actualList) || actualList.size() != expectedList.size()) {
                fail(path + ": expected " + expectedList + ", got " + actual);
                return;
            }
            for (int i = 0; i < expectedList.size(); i++) {
                assertSubset(path + "[" + i + "]", expectedList.get(i), actualList.get(i));
            }
        } else if (expected instanceof Number number && actual instanceof Number other) {
            assertEquals(0, new java.math.BigDecimal(number.toString()).compareTo(new java.math.BigDecimal(other.toString())), path);
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
