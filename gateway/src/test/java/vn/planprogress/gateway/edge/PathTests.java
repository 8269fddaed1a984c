package vn.planprogress.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.gateway.Callers.bearer;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;
import vn.planprogress.gateway.RawHttp;

/** A request path that could be read two ways never reaches a service; nor does one no service owns. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class PathTests {

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
        FakeServices.reports().drain();
    }

    @Test
    void traversalAndEncodedTricksAreRefusedBeforeAnyService() {
        List<String> tricks = List.of(
                "/api/v1/plans/../units",
                "/api/v1/reports/../plans",
                "/api/v1/plans/./x",
                "/api/v1/plans/%2e%2e/units",
                "/api/v1/plans/%2E%2E/units",
                "/api/v1/plans/.%2e/units",
                "/api/v1/plans/..%2funits",
                "/api/v1/plans%2F..%2Funits",
                "/api/v1/plans/x%5c..%5cunits",
                "/api/v1/plans/%252e%252e/units",
                "/api/v1/plans/..;/units",
                "/api/v1/plans;a=b/x",
                "/api/v1/plans/a%00b",
                "/api/v1/plans//x",
                "/api//v1/plans",
                "/q/../api/v1/plans/../units");

        for (String path : tricks) {
            RawHttp.Answer answer = RawHttp.send("GET", path, bearer(DevTokens.admin()));

            assertEquals(400, answer.status(), () -> path + " answered " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"), path);
            JsonObject problem = new JsonObject(answer.body());
            assertEquals("urn:planprogress:problem:bad-path", problem.getString("type"), path);
            assertTrue(problem.getString("detail").startsWith("Send the path as the API names it"), path);
        }
        // A raw backslash does not even pass the HTTP parser.
        assertEquals(400, RawHttp.send("GET", "/api/v1/plans/x\\..\\units", bearer(DevTokens.admin())).status());
        assertEquals(List.of(), FakeServices.plans().received());
        assertEquals(List.of(), FakeServices.reports().received());
    }

    @Test
    void pathsNoServiceOwnsAre404Problems() {
        for (String path : List.of("/api", "/api/", "/api/v1", "/api/v1/plansX", "/api/v1/unitsandmore/1", "/api/v2/plans",
                "/api/v1/admin", "/api/v1/submission")) {
            RawHttp.Answer answer = RawHttp.send("GET", path, bearer(DevTokens.admin()));

            assertEquals(404, answer.status(), () -> path + " answered " + answer.body());
            assertEquals("application/problem+json", answer.header("Content-Type"), path);
            assertEquals(path, new JsonObject(answer.body()).getString("instance"));
        }
        assertEquals(List.of(), FakeServices.plans().received());
    }

    @Test
    void encodedTextThatIsNotAPathTrickPassesAsSent() {
        String path = "/api/v1/plans/search/Tuy%C3%AAn%20truy%E1%BB%81n?q=a%2Fb";

        RawHttp.Answer answer = RawHttp.send("GET", path, bearer(DevTokens.viewer()));

        assertEquals(200, answer.status(), answer.body());
        assertEquals(path, FakeServices.plans().last().uri());
    }
}
