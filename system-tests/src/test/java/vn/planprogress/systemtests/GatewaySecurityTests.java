package vn.planprogress.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/**
 * Through the gateway, against the real services: a token that is not valid gets 401, a role that
 * crosses a line gets 403, and nothing is written. A service reached directly is no weaker.
 */
class GatewaySecurityTests {

    private final RunningSystem system = RunningSystem.get();

    @Test
    void eachTokenFaultIs401AtTheGatewayAndAtTheServiceReachedDirectly() throws Exception {
        for (Function<String, RequestSpecification> caller : Map.<String, Function<String, RequestSpecification>>of(
                "gateway", system::gateway, "plans service", token -> system.direct(Service.PLANS, token)).values()) {
            faultyTokens().forEach((fault, token) -> {
                Map<String, Object> problem = assertProblem(caller.apply(token).get("/api/v1/plans"), 401);
                assertEquals("urn:planprogress:problem:unauthorized", problem.get("type"), fault);
            });
        }
    }

    @Test
    void aViewerCannotCreateAPlan() {
        long plans = count("/api/v1/plans");

        assertProblem(system.gateway(DevTokens.viewer()).body(Samples.seedPlan()).post("/api/v1/plans"), 403);

        assertEquals(plans, count("/api/v1/plans"));
    }

    @Test
    void aPlannerCannotCreateOrChangeAUnit() {
        long units = count("/api/v1/units");

        assertProblem(system.gateway(DevTokens.planner()).body(Samples.unit("KHONGDUOC")).post("/api/v1/units"), 403);
        assertProblem(system.gateway(DevTokens.planner()).header("If-Match", "\"0\"").body(Samples.unit("HCTH"))
                .put("/api/v1/units/HCTH"), 403);
        assertProblem(system.gateway(DevTokens.planner()).delete("/api/v1/units/HCTH"), 403);

        assertEquals(units, count("/api/v1/units"));
        system.gateway(DevTokens.viewer()).get("/api/v1/units/HCTH").then().statusCode(200)
                .body("name", equalTo("Phòng Hành chính - Tổng hợp"));
    }

    @Test
    void aReporterCannotChangeAPlan() {
        String plan = "/api/v1/plans/" + system.samplePlanId();
        String etag = system.gateway(DevTokens.viewer()).get(plan).then().statusCode(200).extract().header("ETag");
        Map<String, Object> changed = new LinkedHashMap<>(Samples.seedPlan());
        changed.put("title", "Đổi tên");

        assertProblem(system.gateway(DevTokens.reporter("TTUDDV")).header("If-Match", etag).body(changed).put(plan), 403);
        assertProblem(system.gateway(DevTokens.reporter("TTUDDV")).post(plan + "/close"), 403);
        assertProblem(system.gateway(DevTokens.reporter("TTUDDV")).body(Samples.seedPlan()).post("/api/v1/plans"), 403);

        system.gateway(DevTokens.reporter("TTUDDV")).get(plan).then().statusCode(200)
                .header("ETag", etag)
                .body("title", equalTo("Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ"));
    }

    @Test
    void theRolesThatMayDoSoDoItThroughTheGateway() {
        String code = "GW" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();

        Response created = system.gateway(DevTokens.admin()).body(Samples.unit(code)).post("/api/v1/units");

        // The Location names the gateway, where the caller is, never the service behind it.
        created.then().statusCode(201).header("Location", system.url(Service.GATEWAY) + "/api/v1/units/" + code)
                .body("name", equalTo("Phòng Thử nghiệm " + code));
        system.gateway(DevTokens.viewer()).get("/api/v1/units/" + code).then().statusCode(200);
    }

    private long count(String list) {
        return system.gateway(DevTokens.admin()).get(list + "?size=1").then().statusCode(200).extract().<Number>path("totalItems").longValue();
    }

    static Map<String, String> faultyTokens() throws Exception {
        Instant now = Instant.now();
        PrivateKey otherKey = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("malformed", "not.a.token");
        tokens.put("expired", DevTokens.sign(DevTokens.ISSUER, "admin@dev", Set.of("admin"), null, now.minusSeconds(7200),
                now.minusSeconds(3600), DevTokens.key()));
        tokens.put("another issuer", DevTokens.sign("https://elsewhere.example", "admin@dev", Set.of("admin"), null, now,
                now.plusSeconds(600), DevTokens.key()));
        tokens.put("wrongly signed", DevTokens.sign(DevTokens.ISSUER, "admin@dev", Set.of("admin"), null, now,
                now.plusSeconds(600), otherKey));
        return tokens;
    }
}
