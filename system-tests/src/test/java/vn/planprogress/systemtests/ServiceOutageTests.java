package vn.planprogress.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/** A service stopped mid-run costs its callers a 502 naming it; once it is back, the same gateway reaches it again. */
class ServiceOutageTests {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void aStoppedServiceIs502ThenServesAgainWithoutRestartingTheGateway() {
        String plan = "/api/v1/plans/" + system.samplePlanId();
        system.gateway(DevTokens.viewer()).get(plan).then().statusCode(200);

        system.stop(Service.PLANS);
        try {
            Map<String, Object> problem = assertProblem(system.gateway(DevTokens.viewer()).get(plan), 502);
            assertEquals("The plans service is not reachable", problem.get("detail"));
            given().baseUri(system.url(Service.GATEWAY).toString()).get("/q/health/ready").then().statusCode(503);
            given().baseUri(system.url(Service.GATEWAY).toString()).get("/q/health/live").then().statusCode(200);
        } finally {
            system.start(Service.PLANS);
        }

        system.gateway(DevTokens.viewer()).get(plan).then().statusCode(200);
    }
}
