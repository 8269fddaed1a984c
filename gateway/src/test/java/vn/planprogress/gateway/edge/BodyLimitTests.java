package vn.planprogress.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeService;
import vn.planprogress.gateway.FakeServices;
import vn.planprogress.gateway.RawHttp;

/** A body over the limit (256 KiB in these tests) is refused at the gateway with 413, whether it says its length or not. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class BodyLimitTests {

    private static final int LIMIT = 256 * 1024;

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
    }

    @Test
    void aBodyWhoseLengthIsOverTheLimitIsRefusedBeforeItIsRead() {
        Map<String, Object> problem = assertProblem(as(DevTokens.planner()).contentType("application/json")
                .body(new byte[LIMIT + 1]).post("/api/v1/plans"), 413);

        assertEquals("urn:planprogress:problem:payload-too-large", problem.get("type"));
        assertEquals(List.of(), FakeServices.plans().received());
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsCutOffWithA413() {
        RawHttp.Answer answer = RawHttp.exchange(chunkedPost(LIMIT + 64 * 1024));

        assertEquals(413, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertEquals("The body is over the limit of " + LIMIT + " bytes", new JsonObject(answer.body()).getString("detail"));
        for (FakeService.Received received : FakeServices.plans().received()) {
            assertEquals(true, received.body().length <= LIMIT, "the service never gets more than the limit");
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitArrivesWhole() {
        RawHttp.Answer answer = RawHttp.exchange(chunkedPost(LIMIT - 1024));

        assertEquals(200, answer.status(), answer.body());
        assertEquals(LIMIT - 1024, FakeServices.plans().last().body().length);
    }

    private static byte[] chunkedPost(int bytes) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(("POST /api/v1/plans/upload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + DevTokens.planner() + "\r\n"
                + "Content-Type: application/octet-stream\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        byte[] chunk = new byte[8192];
        for (int sent = 0; sent < bytes; sent += chunk.length) {
            int size = Math.min(chunk.length, bytes - sent);
            request.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            request.write(chunk, 0, size);
            request.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        request.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        return request.toByteArray();
    }
}
