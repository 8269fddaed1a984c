package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.SubmissionsFake;

/**
 * The provincial roll-up of Kế hoạch 34/KH-UBND: the seed plan (Sở KH&CN) and a second department's
 * plan (Sở TT&TT) implement it; a draft that does and an issued plan of another parent are left out.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class RollupTests {

    private static final String ROLLUPS = "/api/v1/reports/rollups";
    private static final String STTTT_PLAN = "7c8d9e0f-0000-4000-8000-000000000034";

    @Inject
    ReportFixtures fixtures;

    @BeforeEach
    @SuppressWarnings("unchecked")
    void twoDepartments() {
        fixtures.reset();
        SeedScenario.record();
        Map<String, Object> stttt = ServicesStub.seedDigest();
        stttt.put("planId", STTTT_PLAN);
        stttt.put("number", "3/KH-STTTT");
        stttt.put("ownerUnit", "STTTT");
        ServicesStub.serve(stttt);
        // Sở TT&TT's units: TTUDDV has done III.1 on time; every other lead unit still owes.
        SubmissionsFake.record(new SubmissionsFake.Revision(UUID.fromString(STTTT_PLAN), "III.1", "TTUDDV", "2022", "DONE", List.of(),
                null, null, false, OffsetDateTime.parse("2022-11-01T08:00:00+07:00").toInstant()));
        Map<String, Object> draft = ServicesStub.seedDigest();
        draft.put("planId", "8d9e0f1a-0000-4000-8000-000000000035");
        draft.put("status", "DRAFT");
        ServicesStub.serve(draft);
        Map<String, Object> otherParent = ServicesStub.seedDigest();
        otherParent.put("planId", "9e0f1a2b-0000-4000-8000-000000000036");
        ((Map<String, Object>) otherParent.get("parentPlanRef")).put("number", "99/KH-UBND");
        ServicesStub.serve(otherParent);
    }

    @Test
    void eachDepartmentsTotalsAndTheirSums() {
        JsonPath rollup = as(DevTokens.viewer()).queryParam("parentPlanNumber", "34/KH-UBND").get(ROLLUPS)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("SKHCN", "STTTT"), rollup.getList("plans.ownerUnit.code"));
        assertEquals(List.of("Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông"), rollup.getList("plans.ownerUnit.name"));
        assertEquals(Map.of("expected", 7, "received", 5, "onTime", 4, "late", 1, "missing", 2), rollup.getMap("plans[0].completeness"));
        assertEquals(Map.of("expected", 7, "received", 1, "onTime", 1, "late", 0, "missing", 6), rollup.getMap("plans[1].completeness"));
        assertEquals(List.of("QLTC", "CCTDC"), rollup.getList("plans[0].missingUnits.code"));
        assertEquals(List.of("TTUDDV", "HCTH", "QLTC", "CCTDC"), rollup.getList("plans[1].missingUnits.code"));
        assertEquals(Map.of("expected", 14, "received", 6, "onTime", 5, "late", 1, "missing", 8), rollup.getMap("completeness"));
        // SKHCN: 1 done, 2 in progress, 1 not started, 2 overdue; STTTT: III.1 done, III.4 and III.5 overdue, 3 not started.
        assertEquals(Map.of("total", 6, "done", 1, "inProgress", 0, "notStarted", 3, "overdue", 2), rollup.getMap("plans[1].tasksByStatus"));
        assertEquals(Map.of("total", 12, "done", 2, "inProgress", 2, "notStarted", 4, "overdue", 4), rollup.getMap("tasksByStatus"));
        assertEquals("2022-11-12T03:00:00Z", rollup.getString("asOf"));
    }

    @Test
    void aPeriodOfEveryPlanOrTheWholeYear() {
        as(DevTokens.viewer()).queryParam("parentPlanNumber", "34/KH-UBND").queryParam("period", "2022").get(ROLLUPS)
                .then().statusCode(200);

        String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("parentPlanNumber", "34/KH-UBND")
                .queryParam("period", "2022-Q1").get(ROLLUPS), "period");
        assertTrue(message.contains("1/KH-SKHCN") && message.contains("3/KH-STTTT"), message);
    }

    @Test
    void badRequestsAndDownSources() {
        Problems.assertInvalidField(as(DevTokens.viewer()).get(ROLLUPS), "parentPlanNumber");
        Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("parentPlanNumber", "34/KH-UBND")
                .queryParam("asOf", "2023-01-01T00:00:00Z").get(ROLLUPS), "asOf");
        Map<String, Object> problem = Problems.assertProblem(as(DevTokens.viewer()).queryParam("parentPlanNumber", "12/KH-UBND").get(ROLLUPS), 404);
        assertTrue(problem.get("detail").toString().contains("12/KH-UBND"), problem.toString());

        ServicesStub.answerDigest(STTTT_PLAN, aResponse().withStatus(500));
        Response down = as(DevTokens.viewer()).queryParam("parentPlanNumber", "34/KH-UBND").get(ROLLUPS);
        Problems.assertProblem(down, 503);
        assertEquals("30", down.header("Retry-After"));
    }

    @Test
    void everyPlansSourcesAreReadWithTheCallersTokenThoughReadTogether() {
        SubmissionsFake.limitPageSize(1); // a page per submission: the plans are read together, each its pages in turn
        ServicesStub.server().resetRequests();
        String token = DevTokens.viewer();

        JsonPath rollup = as(token).queryParam("parentPlanNumber", "34/KH-UBND").get(ROLLUPS)
                .then().statusCode(200).extract().jsonPath();

        assertEquals(Map.of("expected", 14, "received", 6, "onTime", 5, "late", 1, "missing", 8), rollup.getMap("completeness"));
        assertEquals(List.of("SKHCN", "STTTT"), rollup.getList("plans.ownerUnit.code"));
        for (String plan : List.of(ServicesStub.SEED_PLAN_ID, STTTT_PLAN)) {
            ServicesStub.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/plans/" + plan + "/digest"))
                    .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
        }
        int pages = ServicesStub.server().countRequestsMatching(getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS)).build()).getCount();
        int withToken = ServicesStub.server().countRequestsMatching(getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)).build()).getCount();
        assertTrue(pages >= 7, "one page per submission, 6 of them received and STTTT's: " + pages);
        assertEquals(pages, withToken);
    }
}
