package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/**
 * What an operator follows a request by: one trace id, the caller's, in the logs of the gateway, of
 * the progress service that takes the submission and of the plans service it asks about the plan;
 * and the metrics for Prometheus, on the gateway's management port but never through its public one.
 */
class TracingSystemTests {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RunningSystem system = RunningSystem.get();

    @Test
    void oneSubmissionsTraceIdIsInTheGatewaysProgresssAndPlansLogs() {
        // A plan no one has submitted on yet: the progress service must ask the plans service for it.
        CurrentYearPlan plan = CurrentYearPlan.issue(system);
        String traceId = hex(16);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", plan.id);
        body.put("taskCode", "III.1");
        body.put("unitCode", "TTUDDV");
        body.put("period", plan.quarter(4));
        body.put("status", "IN_PROGRESS");
        body.put("values", List.of());

        Response submitted = system.gateway(DevTokens.reporter("TTUDDV"))
                .header("traceparent", "00-" + traceId + "-" + hex(8) + "-01")
                .body(body).post("/api/v1/submissions");

        assertEquals(201, submitted.statusCode(), submitted::asString);
        String requestId = submitted.header("X-Request-Id");
        for (Service service : List.of(Service.GATEWAY, Service.PROGRESS, Service.PLANS)) {
            String line = system.awaitLogLine(service, logged -> logged.contains("traceId=" + traceId));
            assertNotNull(line, service.module() + " logged nothing of trace " + traceId);
            assertTrue(line.contains("rid=" + requestId), "the request id beside the trace id: " + line);
        }
        assertNotNull(system.awaitLogLine(Service.PLANS, logged -> logged.contains("traceId=" + traceId) && logged.contains("/digest")),
                "the plans service's line is the digest the progress service asked for");
    }

    @Test
    void theGatewaysMetricsAnswerOnItsManagementPortAndNotThroughThePublicOne() {
        system.gateway(DevTokens.viewer()).get("/api/v1/plans").then().statusCode(200);

        RestAssured.given().baseUri(system.url(Service.GATEWAY).toString()).get("/q/metrics").then().statusCode(404);
        String metrics = RestAssured.given().baseUri(system.managementUrl().toString()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(metrics.contains("uri=\"/api/v1/plans\""), "requests counted by route");
        String progress = RestAssured.given().baseUri(system.url(Service.PROGRESS).toString()).get("/q/metrics").then().statusCode(200)
                .extract().asString();
        assertTrue(progress.contains("agroal_active_count"), "the data services answer on their own port, the pool among their figures");
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
