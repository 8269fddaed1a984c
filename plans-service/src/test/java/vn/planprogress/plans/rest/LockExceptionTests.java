package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
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
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/**
 * Lock exceptions: a planner opens a locked period of an issued plan for one unit until a day, with
 * why; everyone who reads the plan, reporters too, reads them; a planner withdraws one.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class LockExceptionTests {

    /** Q2 of the cut-off plan: unit deadline 16 June 2023, locked 10 days after, so entry is accepted through 26 June. */
    static final String LOCKS_AFTER = "2023-06-26";

    @Inject
    PlanFixtures fixtures;

    @Inject
    TestClock clock;

    String plan;

    @BeforeEach
    void issuedCutOffPlan() {
        fixtures.resetWithUnits();
        clock.set("2023-06-27T03:00:00Z");
        plan = as(DevTokens.planner()).body(ReportingCalendarTests.cutOffPlan()).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        as(DevTokens.planner()).post("/api/v1/plans/" + plan + "/issue").then().statusCode(200);
    }

    @AfterEach
    void clockBack() {
        clock.set("2022-11-12T03:00:00Z");
    }

    @Test
    void aPlannerOpensALockedPeriodForOneUnitAndEveryReaderSeesIt() {
        Response created = as(DevTokens.planner()).header("Idempotency-Key", "mo-khoa-q2-hcth").body(request("HCTH", "2023-Q2", "2023-07-05"))
                .post(exceptions());

        created.then().statusCode(201)
                .header("Location", endsWith("/api/v1/plans/" + plan + "/lock-exceptions/" + created.path("id")))
                .body("planId", equalTo(plan))
                .body("unitCode", equalTo("HCTH"))
                .body("period", equalTo("2023-Q2"))
                .body("until", equalTo("2023-07-05"))
                .body("reason", equalTo("Bổ sung số liệu quý II theo đề nghị của đơn vị"))
                .body("createdBy", equalTo("planner@dev"))
                .body("createdAt", equalTo("2023-06-27T03:00:00Z"));
        as(DevTokens.reporter("HCTH")).get(created.header("Location")).then().statusCode(200)
                .body("id", equalTo(created.path("id"))).body("until", equalTo("2023-07-05"));
        // A retry with the key creates nothing more.
        as(DevTokens.planner()).header("Idempotency-Key", "mo-khoa-q2-hcth").body(request("HCTH", "2023-Q2", "2023-07-05"))
                .post(exceptions()).then().statusCode(201).body("id", equalTo(created.path("id")));
        clock.set("2023-06-28T03:00:00Z");
        as(DevTokens.planner()).body(request("TTUDDV", "2023-Q2", "2023-06-30")).post(exceptions()).then().statusCode(201);

        as(DevTokens.reporter("HCTH")).get(exceptions()).then().statusCode(200)
                .body("unitCode", contains("HCTH", "TTUDDV"));
        as(DevTokens.viewer()).queryParam("unitCode", "HCTH").queryParam("period", "2023-Q2").get(exceptions()).then().statusCode(200)
                .body("id", contains((String) created.path("id")));
        as(DevTokens.viewer()).queryParam("period", "2023-Q3").get(exceptions()).then().statusCode(200).body("size()", equalTo(0));

        assertProblem(as(DevTokens.reporter("HCTH")).delete(exceptions() + "/" + created.path("id")), 403);
        as(DevTokens.planner()).delete(exceptions() + "/" + created.path("id")).then().statusCode(204);
        assertProblem(as(DevTokens.planner()).delete(exceptions() + "/" + created.path("id")), 404);
        assertProblem(as(DevTokens.viewer()).get(exceptions() + "/" + created.path("id")), 404);
        as(DevTokens.viewer()).get(exceptions()).then().body("unitCode", contains("TTUDDV"));
    }

    @Test
    void onlyPlannersOpenPeriods() {
        assertProblem(as(DevTokens.viewer()).body(request("HCTH", "2023-Q2", "2023-07-05")).post(exceptions()), 403);
        assertProblem(as(DevTokens.reporter("HCTH")).body(request("HCTH", "2023-Q2", "2023-07-05")).post(exceptions()), 403);
        assertEquals(0, fixtures.count("select count(*) from lock_exception"));
    }

    @Test
    void aUnitOrAPeriodNotOfThePlanIsNamed() {
        assertTrue(assertInvalidField(refused(request("UBND", "2023-Q2", "2023-07-05")), "unitCode").contains("UBND"));
        assertTrue(assertInvalidField(refused(request("HCTH", "2023-H3", "2023-07-05")), "period").contains("H1 or H2"));
        String message = assertInvalidField(refused(request("HCTH", "2023-05", "2023-07-05")), "period");
        assertTrue(message.contains("QUARTERLY") && message.contains("SEMIANNUAL") && message.contains("ANNUAL"), message);
        assertInvalidField(refused(Map.of("unitCode", "HCTH", "period", "2023-Q2", "until", "2023-07-05", "reason", " ")), "reason");
    }

    @Test
    void anExceptionEndingBeforeItStartsInThePastOrAYearAfterTheLockIsNamed() {
        assertTrue(assertInvalidField(refused(request("HCTH", "2023-Q2", "2023-06-20")), "until").contains("past"));
        assertTrue(assertInvalidField(refused(request("HCTH", "2023-Q2", "2024-06-30")), "until").contains("366"));
        clock.set("2023-06-20T03:00:00Z");
        String message = assertInvalidField(refused(request("HCTH", "2023-Q2", "2023-06-22")), "until");
        assertTrue(message.contains("before it starts") && message.contains(LOCKS_AFTER), message);
    }

    @Test
    void aPeriodThatNeverLocksAndAPlanNotIssuedTakeNoException() {
        String seed = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        Map<String, Object> body = request("HCTH", "2022", "2023-07-05");
        assertProblem(as(DevTokens.planner()).body(body).post("/api/v1/plans/" + seed + "/lock-exceptions"), 409);
        as(DevTokens.planner()).post("/api/v1/plans/" + seed + "/issue").then().statusCode(200);
        assertTrue(assertInvalidField(as(DevTokens.planner()).body(body).post("/api/v1/plans/" + seed + "/lock-exceptions"), "period")
                .contains("never locks"));
        assertProblem(as(DevTokens.planner()).body(body).post("/api/v1/plans/0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10/lock-exceptions"), 404);
        assertEquals(0, fixtures.count("select count(*) from lock_exception"));
    }

    private Response refused(Map<String, Object> body) {
        Map<String, Long> before = fixtures.rowCounts();
        Supplier<Response> post = () -> as(DevTokens.planner()).body(body).post(exceptions());
        Response response = post.get();
        assertEquals(before, fixtures.rowCounts(), "nothing written");
        return response;
    }

    private String exceptions() {
        return "/api/v1/plans/" + plan + "/lock-exceptions";
    }

    private static Map<String, Object> request(String unit, String period, String until) {
        Map<String, Object> body = new HashMap<>();
        body.put("unitCode", unit);
        body.put("period", period);
        body.put("until", until);
        body.put("reason", "Bổ sung số liệu quý II theo đề nghị của đơn vị");
        return body;
    }
}
