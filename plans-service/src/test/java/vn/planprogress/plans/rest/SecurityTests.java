package vn.planprogress.plans.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** The plans service verifies tokens and roles itself: reached directly, it is no weaker than through the gateway. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class SecurityTests {

    @Inject
    PlanFixtures fixtures;

    @Inject
    JWTParser tokens;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void missingMalformedExpiredForeignAndWronglySignedTokensAreRefused() throws Exception {
        Instant now = Instant.now();
        var otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        assertProblem(given().get("/api/v1/plans"), 401);
        assertProblem(as("not.a.token").get("/api/v1/plans"), 401);
        assertProblem(as(DevTokens.sign(DevTokens.ISSUER, "v", Set.of("viewer"), null, now.minusSeconds(7200), now.minusSeconds(3600),
                DevTokens.key())).get("/api/v1/plans"), 401);
        assertProblem(as(DevTokens.sign("https://elsewhere.example", "v", Set.of("viewer"), null, now, now.plusSeconds(600),
                DevTokens.key())).get("/api/v1/plans"), 401);
        assertProblem(as(DevTokens.sign(DevTokens.ISSUER, "v", Set.of("viewer"), null, now, now.plusSeconds(600), otherKey))
                .get("/api/v1/plans"), 401);
    }

    @Test
    void aVerifiedTokenIsRememberedUntilItExpiresAndASignatureChangedInOneCharacterIsStillRefused() throws Exception {
        Instant now = Instant.now();
        String token = DevTokens.sign(DevTokens.ISSUER, "v", Set.of("viewer"), null, now, now.plusSeconds(600), DevTokens.key());
        assertSame(tokens.parse(token), tokens.parse(token), "verified once, then remembered");
        as(token).get("/api/v1/plans").then().statusCode(200);
        int inSignature = token.length() - 10;
        String forged = token.substring(0, inSignature) + (token.charAt(inSignature) == 'A' ? 'B' : 'A') + token.substring(inSignature + 1);
        assertProblem(as(forged).get("/api/v1/plans"), 401);

        String shortLived = DevTokens.sign(DevTokens.ISSUER, "v", Set.of("viewer"), null, now, Instant.now().plusSeconds(1), DevTokens.key());
        JsonWebToken first = tokens.parse(shortLived);
        Thread.sleep(Duration.between(Instant.now(), Instant.ofEpochSecond(first.getExpirationTime())).toMillis() + 50);
        try {
            assertNotSame(first, tokens.parse(shortLived), "checked again once its expiry has passed, never taken on trust");
        } catch (ParseException refusedOnceExpired) {
            // refused by the check: not taken on trust either
        }
    }

    @Test
    void aTokenWithoutARoleReadsNothing() {
        assertProblem(as(DevTokens.mint("nobody@dev", Set.of(), null, Duration.ofMinutes(5))).get("/api/v1/plans"), 403);
    }

    @Test
    void onlyPlannersChangePlans() {
        assertProblem(as(DevTokens.viewer()).body(PlanFixtures.samplePlan()).post("/api/v1/plans"), 403);
        assertProblem(as(DevTokens.reporter("TTUDDV")).body(PlanFixtures.samplePlan()).post("/api/v1/plans"), 403);
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
        assertProblem(as(DevTokens.reporter("TTUDDV")).post("/api/v1/plans/" + id + "/issue"), 403);
        assertProblem(as(DevTokens.viewer()).delete("/api/v1/plans/" + id), 403);
        as(DevTokens.reporter("TTUDDV")).get("/api/v1/plans/" + id).then().statusCode(200);
    }

    @Test
    void healthAndTheApiDocumentAnswerAnonymousCallers() {
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
