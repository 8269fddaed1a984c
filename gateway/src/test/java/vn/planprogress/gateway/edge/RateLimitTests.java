package vn.planprogress.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;

/** Each caller gets its burst, then 429 with Retry-After; the service behind never sees the refused requests. */
@QuarkusTest
@TestProfile(RateLimitTests.TightLimit.class)
@WithTestResource(FakeServices.class)
class RateLimitTests {

    private static final int BURST = 3;

    /** Three requests at once, then one every 1000 seconds: nothing refills while a test runs. */
    public static class TightLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "planprogress.gateway.rate-limit.requests-per-second", "0.001",
                    "planprogress.gateway.rate-limit.burst", String.valueOf(BURST));
        }
    }

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
    }

    @Test
    void aThousandRequestsOverTheLimitGet429AndNoneReachesTheService() throws Exception {
        String token = caller("flood@dev");
        for (int i = 0; i < BURST; i++) {
            as(token).get("/api/v1/plans/echo").then().statusCode(200);
        }

        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/v1/plans/echo"))
                .header("Authorization", "Bearer " + token).build();

        for (int i = 0; i < 1000; i++) {
            HttpResponse<String> refused = client.send(request, HttpResponse.BodyHandlers.ofString());

            assertEquals(429, refused.statusCode());
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(null));
            assertEquals("urn:planprogress:problem:too-many-requests", new JsonObject(refused.body()).getString("type"));
            assertTrue(Long.parseLong(refused.headers().firstValue("Retry-After").orElse("0")) >= 1);
        }
        assertEquals(BURST, FakeServices.plans().received().size());
    }

    @Test
    void callersAreCountedApart() {
        String first = caller("first@dev");
        for (int i = 0; i < BURST; i++) {
            as(first).get("/api/v1/plans/echo").then().statusCode(200);
        }
        as(first).get("/api/v1/plans/echo").then().statusCode(429);

        as(caller("second@dev")).get("/api/v1/plans/echo").then().statusCode(200);
    }

    @Test
    void callersWithoutAValidTokenAreCountedByAddress() {
        for (int i = 0; i < BURST; i++) {
            given().get("/api/v1/plans/echo").then().statusCode(401);
        }

        assertProblem(as("not.a.token").get("/api/v1/plans/echo"), 429);
        assertEquals(0, FakeServices.plans().received().size());
    }

    private static String caller(String subject) {
        return DevTokens.mint(subject, Set.of("viewer"), null, Duration.ofMinutes(10));
    }
}
