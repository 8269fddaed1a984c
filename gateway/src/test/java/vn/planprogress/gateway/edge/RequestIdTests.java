package vn.planprogress.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.gateway.Callers.as;
import static vn.planprogress.gateway.Callers.bearer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;
import vn.planprogress.gateway.RawHttp;

/** Every request has one X-Request-Id: the caller's when it is safe, else a new one; the service and the caller see the same. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class RequestIdTests {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    @Test
    void aRequestWithoutAnIdGetsOneThatTheServiceAndTheCallerBothSee() {
        Response response = as(DevTokens.viewer()).get("/api/v1/plans/echo");

        String id = response.header("X-Request-Id");
        assertTrue(UUID.matcher(id).matches(), id);
        assertEquals(List.of(id), response.headers().getValues("X-Request-Id"));
        assertEquals(id, FakeServices.plans().last().header("X-Request-Id"));
    }

    @Test
    void theCallersSafeIdIsKept() {
        Response response = as(DevTokens.viewer()).header("X-Request-Id", "portal-2022.11:0042").get("/api/v1/plans/echo");

        assertEquals(List.of("portal-2022.11:0042"), response.headers().getValues("X-Request-Id"));
        assertEquals("portal-2022.11:0042", FakeServices.plans().last().header("X-Request-Id"));
    }

    @Test
    void anIdThatCouldForgeLogLinesOrHeadersIsReplaced() {
        List<String> attempts = List.of("abc def", "abc\"def", "<script>alert(1)</script>", "id%0d%0aSet-Cookie:%20a=b",
                "rid=other", "x".repeat(129), "ý-định", "a\tb");

        for (String attempt : attempts) {
            RawHttp.Answer answer = RawHttp.send("GET", "/api/v1/plans/echo", bearer(DevTokens.viewer()),
                    "X-Request-Id: " + attempt);

            String id = answer.header("X-Request-Id");
            assertEquals(200, answer.status(), attempt);
            assertNotEquals(attempt, id);
            assertTrue(UUID.matcher(id).matches(), () -> attempt + " became " + id);
            assertEquals(id, FakeServices.plans().last().header("X-Request-Id"), attempt);
        }
    }

    @Test
    void theGatewaysOwnProblemsCarryTheId() {
        RawHttp.Answer answer = RawHttp.send("GET", "/api/v1/nothing", bearer(DevTokens.viewer()), "X-Request-Id: trace-404");

        assertEquals(404, answer.status());
        assertEquals("trace-404", answer.header("X-Request-Id"));
        assertEquals("trace-404", new JsonObject(answer.body()).getString("requestId"));
    }
}
