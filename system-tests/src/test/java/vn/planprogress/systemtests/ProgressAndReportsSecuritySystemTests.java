package vn.planprogress.systemtests;

import static vn.planprogress.devsupport.Problems.assertProblem;

import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/**
 * The progress and reports services reached directly, past the gateway, refuse every token fault
 * themselves (as the plans service does, see GatewaySecurityTests).
 */
class ProgressAndReportsSecuritySystemTests {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void theProgressServiceReachedDirectlyRefusesFaultyTokens() throws Exception {
        GatewaySecurityTests.faultyTokens().forEach((fault, token) ->
                assertProblem(system.direct(Service.PROGRESS, token).get("/api/v1/submissions"), 401));
        system.direct(Service.PROGRESS, DevTokens.viewer()).get("/api/v1/submissions").then().statusCode(200);
    }

    @Test
    void theReportsServiceReachedDirectlyRefusesFaultyTokens() throws Exception {
        String report = "/api/v1/reports/plans/" + system.samplePlanId() + "?period=2022";
        GatewaySecurityTests.faultyTokens().forEach((fault, token) ->
                assertProblem(system.direct(Service.REPORTS, token).get(report), 401));
        system.direct(Service.REPORTS, DevTokens.viewer()).get(report).then().statusCode(200);
    }
}
