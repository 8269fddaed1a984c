package vn.planprogress.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;

/** Only callers with a valid token reach a service; what their roles allow, the service decides. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class AuthenticationTests {

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
    }

    @Test
    void missingMalformedExpiredForeignAndWronglySignedTokensGet401AndReachNoService() throws Exception {
        Instant now = Instant.now();
        PrivateKey otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Map<String, Response> refused = Map.of(
                "no token", given().get("/api/v1/plans"),
                "not a JWT", as("not.a.token").get("/api/v1/plans"),
                "another scheme", given().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/plans"),
                "expired", as(DevTokens.sign(DevTokens.ISSUER, "v@dev", Set.of("viewer"), null, now.minusSeconds(7200),
                        now.minusSeconds(3600), DevTokens.key())).get("/api/v1/plans"),
                "another issuer", as(DevTokens.sign("https://elsewhere.example", "v@dev", Set.of("viewer"), null, now,
                        now.plusSeconds(600), DevTokens.key())).get("/api/v1/plans"),
                "another key", as(DevTokens.sign(DevTokens.ISSUER, "v@dev", Set.of("viewer"), null, now, now.plusSeconds(600),
                        otherKey)).get("/api/v1/plans"),
                "a tampered token", as(tampered(DevTokens.viewer())).get("/api/v1/plans"),
                "two tokens", given().header("Authorization", "Bearer " + DevTokens.viewer())
                        .header("Authorization", "Bearer " + DevTokens.admin()).get("/api/v1/plans"));

        refused.forEach((fault, response) -> {
            Map<String, Object> problem = assertProblem(response, 401);
            assertEquals("urn:planprogress:problem:unauthorized", problem.get("type"), fault);
            assertEquals("Bearer", response.header("WWW-Authenticate"), fault);
        });
        assertEquals(List.of(), FakeServices.plans().received());
    }

    @Test
    void aValidTokenOfAnyRoleIsPassedOnUnchangedForTheServiceToJudge() {
        List<String> tokens = List.of(DevTokens.viewer(), DevTokens.reporter("TTUDDV"), DevTokens.admin(),
                DevTokens.mint("nobody@dev", Set.of(), null, Duration.ofMinutes(5)));

        for (String token : tokens) {
            as(token).post("/api/v1/plans/echo?status=403").then().statusCode(403);
            assertEquals("Bearer " + token, FakeServices.plans().last().header("Authorization"));
        }
    }

    @Test
    void healthTheApiDocumentsAndTheSwaggerUiAnswerAnonymousCallers() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/openapi/plans").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    private static String tampered(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"viewer\"", "\"admin\"");
        return parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "." + parts[2];
    }
}
