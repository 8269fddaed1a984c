package vn.planprogress.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;

/**
 * What browsers are told: CORS for the configured origins only (the tests' configuration allows
 * https://portal.example.gov.vn and http://localhost:3000), and the security headers on every answer.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
class BrowserHeadersTests {

    private static final String PORTAL = "https://portal.example.gov.vn";
    private static final String ELSEWHERE = "https://elsewhere.example.com";

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
    }

    @Test
    void aPreflightFromAConfiguredOriginIsAnsweredAtTheEdgeWithoutATokenOrAService() {
        Response preflight = given()
                .header("Origin", PORTAL)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key, if-match, x-request-id")
                .options("/api/v1/plans");

        assertEquals(204, preflight.statusCode());
        assertEquals(PORTAL, preflight.header("Access-Control-Allow-Origin"));
        assertTrue(preflight.header("Access-Control-Allow-Methods").contains("POST"));
        assertTrue(preflight.header("Access-Control-Allow-Methods").contains("DELETE"));
        for (String header : List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id")) {
            assertTrue(preflight.header("Access-Control-Allow-Headers").contains(header), header);
        }
        assertEquals("3600", preflight.header("Access-Control-Max-Age"));
        assertNull(preflight.header("Access-Control-Allow-Credentials"), "tokens are headers, not cookies");
        assertNotNull(preflight.header("X-Request-Id"));
        assertEquals(List.of(), FakeServices.plans().received());
    }

    @Test
    void aPreflightFromAnotherOriginGetsNoCorsHeadersAndTheUsualAnswer() {
        Response preflight = given()
                .header("Origin", ELSEWHERE)
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/plans");

        assertProblem(preflight, 401);
        assertNoCorsHeaders(preflight);
        assertEquals(List.of(), FakeServices.plans().received());
    }

    @Test
    void aCallFromAConfiguredOriginMayReadTheHeadersTheApiAnswersWith() {
        Response response = as(DevTokens.viewer()).header("Origin", "http://localhost:3000").get("/api/v1/plans/echo");

        assertEquals(200, response.statusCode());
        assertEquals("http://localhost:3000", response.header("Access-Control-Allow-Origin"));
        for (String header : List.of("ETag", "Location", "X-Request-Id", "Idempotent-Replayed", "Content-Disposition")) {
            assertTrue(response.header("Access-Control-Expose-Headers").contains(header), header);
        }
        assertTrue(response.headers().getValues("Vary").stream().anyMatch(vary -> vary.contains("Origin")));
    }

    @Test
    void aCallFromAnotherOriginIsAnsweredAsUsualWithoutCorsHeaders() {
        Response response = as(DevTokens.viewer()).header("Origin", ELSEWHERE).get("/api/v1/plans/echo");

        assertEquals(200, response.statusCode());
        assertEquals("GET", response.jsonPath().getString("method"));
        assertNoCorsHeaders(response);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersServicesAndProblemsAlike() {
        Map<String, Response> answers = Map.of(
                "a service's answer", as(DevTokens.viewer()).get("/api/v1/plans/echo"),
                "a service's problem", as(DevTokens.viewer()).get("/api/v1/plans/echo?status=404"),
                "401 at the edge", given().get("/api/v1/plans"),
                "502 for a service that is down", as(DevTokens.viewer()).get("/api/v1/submissions"),
                "Swagger UI", given().get("/q/swagger-ui/"),
                "health", given().get("/q/health/live"));

        answers.forEach((answer, response) -> {
            assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"), answer);
            assertEquals(List.of("no-referrer"), response.headers().getValues("Referrer-Policy"), answer);
            assertEquals(List.of("max-age=31536000"), response.headers().getValues("Strict-Transport-Security"), answer);
        });
        assertEquals(401, answers.get("401 at the edge").statusCode());
        assertEquals(502, answers.get("502 for a service that is down").statusCode());
    }

    private static void assertNoCorsHeaders(Response response) {
        response.headers().asList().forEach(header ->
                assertTrue(!header.getName().toLowerCase().startsWith("access-control-"), header.toString()));
    }
}
