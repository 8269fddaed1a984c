package vn.planprogress.progress.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.PrometheusMetrics.scrape;
import static vn.planprogress.devsupport.PrometheusMetrics.value;
import static vn.planprogress.progress.ProgressFixtures.AFTER_DEADLINE;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submission;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.JsonApi;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * What an operator's Prometheus reads at /q/metrics: requests by route and status, the calls to the
 * plans service, the pool, the breaker, and what became of the submissions.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class MetricsTests {

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aSubmissionIsCountedByItsRouteAndStatusWithTheCallItMadeToThePlansService() {
        double created = value("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/api/v1/submissions\"}");
        double conflicts = value("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\",status=\"409\",uri=\"/api/v1/submissions\"}");
        double digests = value("http_client_requests_seconds_count{clientName=\"plans\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/api/v1/plans/{planId}/digest\"}");

        double reads = value("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/submissions/{id}\"}");

        String id = post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(201).extract().path("id");
        post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(409);
        given().header("Authorization", "Bearer " + REPORTER_TTUDDV).get("/api/v1/submissions/" + id).then().statusCode(200);

        assertEquals(created + 1, value("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\",status=\"201\",uri=\"/api/v1/submissions\"}"));
        assertEquals(conflicts + 1, value("http_server_requests_seconds_count{method=\"POST\",outcome=\"CLIENT_ERROR\",status=\"409\",uri=\"/api/v1/submissions\"}"));
        assertEquals(reads + 1, value("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/submissions/{id}\"}"),
                "read by its route template, not its id");
        assertEquals(digests + 1, value("http_client_requests_seconds_count{clientName=\"plans\",method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/api/v1/plans/{planId}/digest\"}"), "the plan's digest was read once, then kept");
        assertFalse(scrape().contains(id), "no id in a metric");
    }

    @Test
    void thePoolAndTheBreakerToThePlansServiceAreThere() {
        post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(201);

        assertEquals(1, value("ft_circuitbreaker_state_current{method=\"vn.planprogress.progress.client.Plans.digest\",state=\"closed\"}"));
        assertEquals(0, value("ft_circuitbreaker_state_current{method=\"vn.planprogress.progress.client.Plans.digest\",state=\"open\"}"));
        assertTrue(value("agroal_max_used_count{datasource=\"default\"}") >= 1, "the pool reports the connections it lent");
        assertFalse(scrape().contains("_bucket{"), "timers without histogram buckets");
    }

    @Test
    void submissionsAreCountedAcceptedRefusedByTheProblemTypeAndLate() {
        Map<String, Double> before = outcomes();

        String id = post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(201).extract().path("id");
        post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(409);
        Map<String, Object> withoutStatus = submission("III.1", "TTUDDV");
        withoutStatus.remove("status");
        post(REPORTER_TTUDDV, withoutStatus).then().statusCode(400);
        post(DevTokens.reporter("HCTH"), submission("III.2", "TTUDDV")).then().statusCode(403);
        fixtures.now(AFTER_DEADLINE);
        JsonApi.as(DevTokens.reporter("HCTH")).header("Idempotency-Key", "late-iii4").body(submission("III.4", "HCTH"))
                .post("/api/v1/submissions").then().statusCode(201);
        JsonApi.as(DevTokens.reporter("HCTH")).header("Idempotency-Key", "late-iii4").body(submission("III.4", "HCTH"))
                .post("/api/v1/submissions").then().statusCode(201).header("Idempotent-Replayed", "true");
        Map<String, Object> correction = seedSubmission();
        correction.put("correctionReason", "Bổ sung số liệu");
        ProgressFixtures.put(REPORTER_TTUDDV, id, 1, correction).then().statusCode(200);

        Map<String, Double> after = outcomes();
        assertEquals(before.get("submit accepted") + 2, after.get("submit accepted"), "the replay is not counted again");
        assertEquals(before.get("correct accepted") + 1, after.get("correct accepted"));
        assertEquals(before.get("submit conflict") + 1, after.get("submit conflict"));
        assertEquals(before.get("submit validation-failed") + 1, after.get("submit validation-failed"));
        assertEquals(before.get("submit forbidden") + 1, after.get("submit forbidden"));
        assertEquals(before.get("late") + 1, after.get("late"), "the late correction of an on-time submission is not a late submission");
    }

    private static Map<String, Double> outcomes() {
        Map<String, Double> counts = new LinkedHashMap<>();
        for (String operation : List.of("submit", "correct")) {
            counts.put(operation + " accepted", value("planprogress_submissions_accepted_total{operation=\"" + operation + "\"}"));
        }
        for (String reason : List.of("conflict", "validation-failed", "forbidden")) {
            counts.put("submit " + reason, value("planprogress_submissions_refused_total{operation=\"submit\",reason=\"" + reason + "\"}"));
        }
        counts.put("late", value("planprogress_submissions_late_total"));
        return counts;
    }
}
