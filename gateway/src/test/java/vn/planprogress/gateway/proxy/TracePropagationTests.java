package vn.planprogress.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;

/** A request's trace goes on to the service: the caller's when it sent one (W3C traceparent), else a new one. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class TracePropagationTests {

    private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
    private static final String CALLERS_SPAN = "b7ad6b7169203331";

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
    }

    @Test
    void theServiceContinuesTheCallersTraceFromTheGatewaysSpan() {
        as(DevTokens.viewer()).header("traceparent", "00-" + TRACE_ID + "-" + CALLERS_SPAN + "-01")
                .header("tracestate", "province=qn").get("/api/v1/plans/echo").then().statusCode(200);

        List<String> received = FakeServices.plans().last().headers().getAll("traceparent");
        assertEquals(1, received.size(), "one traceparent, not the caller's beside the gateway's: " + received);
        String[] parts = received.get(0).split("-");
        assertEquals(TRACE_ID, parts[1]);
        assertNotEquals(CALLERS_SPAN, parts[2], "the parent is the gateway's span");
    }

    @Test
    void aRequestWithoutATraceStartsOneThatTheServiceContinues() {
        as(DevTokens.viewer()).get("/api/v1/plans/echo").then().statusCode(200);
        as(DevTokens.viewer()).get("/api/v1/plans/echo").then().statusCode(200);

        List<String> traces = FakeServices.plans().drain().stream()
                .map(request -> request.headers().getAll("traceparent"))
                .peek(headers -> assertEquals(1, headers.size(), headers.toString()))
                .map(headers -> headers.get(0).split("-")[1])
                .toList();
        assertTrue(traces.stream().allMatch(trace -> trace.matches("[0-9a-f]{32}") && !trace.equals("0".repeat(32))), traces.toString());
        assertNotEquals(traces.get(0), traces.get(1), "each request its own trace");
    }

    @Test
    void aProblemTheGatewayAnswersItselfNamesTheCallersTrace() {
        var answer = RestAssured.given().header("traceparent", "00-" + TRACE_ID + "-" + CALLERS_SPAN + "-01")
                .get("/api/v1/plans");

        answer.then().statusCode(401).contentType("application/problem+json");
        assertEquals(TRACE_ID, answer.jsonPath().getString("traceId"), "the 401 of the edge names the trace");
    }

    @Test
    void aProblemOfTheEdgeWithoutATraceparentNamesTheTraceTheGatewayStarted() {
        String traceId = RestAssured.given().get("/api/v1/plans").jsonPath().getString("traceId");

        assertTrue(traceId != null && traceId.matches("[0-9a-f]{32}"), String.valueOf(traceId));
    }
}
