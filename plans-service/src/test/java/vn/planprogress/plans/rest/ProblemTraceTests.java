package vn.planprogress.plans.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;

/**
 * A problem names the trace its request travelled under, so that an operator given a problem body
 * finds the request's lines in every service's log (they carry {@code traceId=}).
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class ProblemTraceTests {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String TRACEPARENT = "00-" + TRACE_ID + "-00f067aa0ba902b7-01";

    @Test
    void aNotFoundProblemNamesTheCallersTrace() {
        Response answer = as(DevTokens.viewer()).header("traceparent", TRACEPARENT).get("/api/v1/plans/" + UUID.randomUUID());

        assertProblem(answer, 404);
        assertEquals(TRACE_ID, answer.jsonPath().getString("traceId"));
    }

    @Test
    void aValidationProblemNamesTheCallersTrace() {
        Response answer = as(DevTokens.planner()).header("traceparent", TRACEPARENT).body("{\"title\": \"\"}").post("/api/v1/plans");

        assertProblem(answer, 400);
        assertEquals(TRACE_ID, answer.jsonPath().getString("traceId"));
    }

    @Test
    void withoutATraceparentEachProblemNamesATraceOfItsOwn() {
        String first = as(DevTokens.viewer()).get("/api/v1/plans/" + UUID.randomUUID()).jsonPath().getString("traceId");
        String second = as(DevTokens.viewer()).get("/api/v1/plans/" + UUID.randomUUID()).jsonPath().getString("traceId");

        assertTrue(first.matches("[0-9a-f]{32}") && !first.equals("0".repeat(32)), first);
        assertNotEquals(first, second);
    }
}
