package vn.planprogress.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeService;
import vn.planprogress.gateway.FakeServices;

/**
 * A service that is down or silent costs its callers a clear problem, not a hang; the gateway goes
 * on serving everything else, and reaches the service again as soon as it is back.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
class UpstreamFailureTests {

    @Test
    void aServiceThatIsDownGives502NamingIt() {
        Response response = as(DevTokens.viewer()).get("/api/v1/submissions?planId=1");

        Map<String, Object> problem = assertProblem(response, 502);
        assertEquals("urn:planprogress:problem:bad-gateway", problem.get("type"));
        assertEquals("The progress service is not reachable", problem.get("detail"));
        assertEquals("/api/v1/submissions", problem.get("instance"));
        assertEquals(response.header("X-Request-Id"), problem.get("requestId"));
    }

    @Test
    void aSilentServiceGives504AfterTheConfiguredTimeout() {
        Map<String, Object> problem = assertProblem(as(DevTokens.viewer()).get("/api/v1/plans/slow"), 504);

        assertEquals("urn:planprogress:problem:gateway-timeout", problem.get("type"));
        assertEquals("The plans service did not answer within 1 second", problem.get("detail"));
    }

    @Test
    void theGatewayKeepsServingWhileServicesFail() {
        for (int i = 0; i < 20; i++) {
            as(DevTokens.viewer()).get("/api/v1/submissions").then().statusCode(502);
        }
        as(DevTokens.viewer()).get("/api/v1/plans/slow").then().statusCode(504);

        given().get("/q/health/live").then().statusCode(200);
        as(DevTokens.viewer()).get("/api/v1/plans/echo").then().statusCode(200);
    }

    @Test
    void aServiceThatComesBackIsReachedWithoutRestartingTheGateway() {
        as(DevTokens.viewer()).get("/api/v1/submissions").then().statusCode(502);

        FakeService progress = FakeServices.startProgress();
        try {
            as(DevTokens.viewer()).get("/api/v1/submissions").then().statusCode(200).body("uri", equalTo("/api/v1/submissions"));
        } finally {
            progress.stop();
        }
        as(DevTokens.viewer()).get("/api/v1/submissions").then().statusCode(502);
    }

    @Test
    void readinessReportsEachService() {
        Response ready = given().get("/q/health/ready");

        ready.then().statusCode(503);
        Map<String, String> statuses = new java.util.TreeMap<>();
        List<Map<String, Object>> checks = ready.path("checks");
        checks.forEach(check -> statuses.put((String) check.get("name"), (String) check.get("status")));
        assertEquals(Map.of("plans service", "UP", "progress service", "DOWN", "reports service", "UP"), statuses);
    }
}
