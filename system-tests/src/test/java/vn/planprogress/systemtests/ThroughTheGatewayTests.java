package vn.planprogress.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.Problems.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.GoldenDocument;
import vn.planprogress.localrun.Service;

/** What a caller of the real system relies on at its one entry point. */
class ThroughTheGatewayTests {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void aRequestIdIsTheSameInTheGatewaysAndTheServicesLogsAndInTheAnswer() {
        String id = "system-" + UUID.randomUUID();

        Response response = system.gateway(DevTokens.viewer()).header("X-Request-Id", id)
                .get("/api/v1/plans/" + system.samplePlanId());

        response.then().statusCode(200).header("X-Request-Id", id);
        assertNotNull(system.awaitLogLine(Service.GATEWAY, line -> line.contains("rid=" + id) && line.contains("GET /api/v1/plans/")),
                "the gateway's access log names the request id");
        assertNotNull(system.awaitLogLine(Service.PLANS, line -> line.contains("rid=" + id) && line.contains("GET /api/v1/plans/")),
                "the plans service's access log names the same id");
    }

    @Test
    void aGeneratedRequestIdReachesTheServiceToo() {
        Response response = system.gateway(DevTokens.viewer()).get("/api/v1/units/HCTH");

        String id = response.then().statusCode(200).extract().header("X-Request-Id");
        assertNotNull(system.awaitLogLine(Service.PLANS, line -> line.contains("rid=" + id)), "id " + id + " in the plans service's log");
    }

    @Test
    void swaggerUiTriesRequestsThroughTheGateway() {
        given().baseUri(system.url(Service.GATEWAY).toString()).get("/q/swagger-ui/").then()
                .statusCode(200).body(containsString("/openapi/plans"));
        Response document = given().baseUri(system.url(Service.GATEWAY).toString()).accept("application/json").get("/openapi/plans");
        document.then().statusCode(200).body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
        String server = document.path("servers[0].url");

        // "Try it out": the document's server with a pasted token.
        assertEquals(system.url(Service.GATEWAY).toString(), server);
        given().baseUri(server).header("Authorization", "Bearer " + DevTokens.viewer())
                .get("/api/v1/plans/" + system.samplePlanId()).then()
                .statusCode(200)
                .body("signer.name", equalTo("Nguyễn Văn Thành"));
    }

    @Test
    void theCombinedDocumentNamesEveryOperationForGeneratedClients() {
        Map<String, Map<String, Map<String, Object>>> paths = given().baseUri(system.url(Service.GATEWAY).toString())
                .get("/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        List<String> names = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Object name = operation.get("operationId");
            assertNotNull(name, method + " " + path);
            assertTrue(name.toString().matches("[a-z]+([A-Z][a-z]*)*"), () -> method + " " + path + " is named '" + name
                    + "': a verb and its object in lowerCamelCase, as generated clients name their methods");
            names.add(name.toString());
        }));
        assertEquals(names.size(), new HashSet<>(names).size(), "each name once: " + names);
    }

    @Test
    void theGatewayServesThePublicDocumentAsReviewed() throws Exception {
        byte[] served = given().baseUri(system.url(Service.GATEWAY).toString()).get("/openapi?format=json").then().statusCode(200)
                .extract().asByteArray();
        ObjectNode document = (ObjectNode) new ObjectMapper().readTree(served);
        JsonNode reviewed = GoldenDocument.read(GoldenDocument.openApi("platform"));

        // The services' documents, as read from the running services, name the gateway of this run as their server.
        assertEquals(system.url(Service.GATEWAY).toString(), document.path("servers").path(0).path("url").asText());
        document.set("servers", reviewed.get("servers"));
        GoldenDocument.assertMatches(GoldenDocument.openApi("platform"), document);
    }

    @Test
    void theGatewayIsReadyWhenEachServiceIs() {
        Response ready = given().baseUri(system.url(Service.GATEWAY).toString()).get("/q/health/ready");

        ready.then().statusCode(200);
        List<String> names = ready.path("checks.name");
        assertEquals(true, names.containsAll(List.of("plans service", "progress service", "reports service")), names::toString);
    }

    @Test
    void pathTricksNeverReachAnUnintendedRoute() {
        for (String path : List.of("/api/v1/plans/..%2Funits", "/api/v1/plans/%2e%2e/units", "/api/v1/plans/x/..;/..;/units")) {
            Response response = system.gateway(DevTokens.admin()).urlEncodingEnabled(false).get(path);

            assertProblem(response, 400);
        }
        assertProblem(system.gateway(DevTokens.admin()).get("/api/v1/internal/units"), 404);
    }

    @Test
    void anOversizedBodyIs413AndWritesNothing() {
        Map<String, Object> plan = Samples.seedPlan();
        plan.put("preamble", "x".repeat(3 * 1024 * 1024));
        long plans = system.gateway(DevTokens.admin()).get("/api/v1/plans?size=1").then().extract().<Number>path("totalItems").longValue();

        assertProblem(system.gateway(DevTokens.planner()).body(plan).post("/api/v1/plans"), 413);

        assertEquals(plans, system.gateway(DevTokens.admin()).get("/api/v1/plans?size=1").then().extract().<Number>path("totalItems").longValue());
    }
}
