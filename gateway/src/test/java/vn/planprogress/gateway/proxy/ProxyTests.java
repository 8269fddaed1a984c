package vn.planprogress.gateway.proxy;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeService;
import vn.planprogress.gateway.FakeServices;

/** What passes through the gateway arrives as the caller sent it, and the service's answer comes back as it was. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class ProxyTests {

    @BeforeEach
    void forgetEarlierRequests() {
        FakeServices.plans().drain();
        FakeServices.reports().drain();
    }

    @Test
    void everyMethodArrivesAsSent() {
        for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")) {
            as(DevTokens.planner()).request(method, "/api/v1/plans/echo").then()
                    .statusCode(200)
                    .body("method", equalTo(method));
            assertEquals(method, FakeServices.plans().last().method());
        }
        as(DevTokens.planner()).head("/api/v1/plans/echo").then().statusCode(200);
        assertEquals("HEAD", FakeServices.plans().last().method());
    }

    @Test
    void theQueryStringArrivesByteForByte() {
        String query = "year=2022&ownerUnit=SKHCN&q=Tuy%C3%AAn%20truy%E1%BB%81n&status=&tag=a&tag=b&sort=title,asc";

        as(DevTokens.viewer()).urlEncodingEnabled(false).get("/api/v1/plans?" + query).then().statusCode(200);

        assertEquals("/api/v1/plans?" + query, FakeServices.plans().last().uri());
    }

    @Test
    void requestHeadersArriveAndConnectionHeadersStayBehind() {
        String token = DevTokens.planner();
        as(token)
                .header("If-Match", "\"3\"")
                .header("Idempotency-Key", "9f6c2d0e-8a51-4c2b-9d3e-0c1f2a3b4c5d")
                .header("Accept-Language", "vi-VN")
                .header("X-Custom", "giá trị")
                .header("Proxy-Authorization", "Basic c2VjcmV0")
                .body("{}").contentType("application/json")
                .put("/api/v1/plans/0b8f2f3c")
                .then().statusCode(200);

        FakeService.Received received = FakeServices.plans().last();
        assertEquals("Bearer " + token, received.header("Authorization"));
        assertEquals("\"3\"", received.header("If-Match"));
        assertEquals("9f6c2d0e-8a51-4c2b-9d3e-0c1f2a3b4c5d", received.header("Idempotency-Key"));
        assertEquals("vi-VN", received.header("Accept-Language"));
        assertEquals("application/json", received.header("Content-Type"));
        assertEquals("localhost:" + RestAssured.port, received.header("Host"), "the caller's, for the links the service makes");
        assertEquals("127.0.0.1", received.header("X-Forwarded-For"));
        assertEquals("http", received.header("X-Forwarded-Proto"));
        assertNull(received.header("Proxy-Authorization"));
    }

    @Test
    void responseHeadersComeBackButNotTheServicesConnectionHeaders() {
        Response response = as(DevTokens.viewer()).get("/api/v1/plans/echo");

        response.then().statusCode(200)
                .header("ETag", "\"7\"")
                .header("Location", "/api/v1/plans/0b8f2f3c")
                .header("X-Fake", "yes")
                .contentType("application/json");
        assertNull(response.header("Keep-Alive"));
        assertEquals(1, response.headers().getValues("X-Request-Id").size());
    }

    @Test
    void statusCodesAndBodiesComeBackAsTheServiceSentThem() {
        for (int status : List.of(200, 201, 202, 204, 304, 400, 401, 403, 404, 409, 412, 422, 428, 500, 503)) {
            Response response = as(DevTokens.planner()).body("{}").contentType("application/json")
                    .post("/api/v1/plans/echo?status=" + status);

            assertEquals(status, response.statusCode());
            if (status != 204 && status != 304) {
                assertEquals("POST", response.path("method"), () -> "body of " + status);
                assertEquals(status >= 400 ? "application/problem+json" : "application/json", response.contentType());
            }
        }
    }

    @Test
    void vietnameseTextRoundTripsExactly() {
        String body = "{\"title\":\"Tuyên truyền cải cách hành chính năm 2022\",\"signer\":\"Nguyễn Văn Thành\"}";

        Response response = as(DevTokens.planner()).contentType("application/json; charset=UTF-8")
                .body(body.getBytes(StandardCharsets.UTF_8)).post("/api/v1/units");

        response.then().statusCode(200).body("body", equalTo(body));
        assertEquals(body, new String(FakeServices.plans().last().body(), StandardCharsets.UTF_8));
    }

    @Test
    void aLargeBodyStreamsToTheServiceWhetherItsLengthIsKnownOrNot() throws Exception {
        byte[] body = new byte[200 * 1024];
        new Random(7).nextBytes(body);

        as(DevTokens.planner()).contentType("application/octet-stream").body(body).put("/api/v1/plans/upload")
                .then().statusCode(200).body("bodySha256", equalTo(FakeService.sha256(body)));
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway("/api/v1/plans/upload"))
                        .header("Authorization", "Bearer " + DevTokens.planner())
                        .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, chunked.statusCode(), chunked::body);
        assertEquals("chunked", FakeServices.plans().last().header("Transfer-Encoding"));
        assertEquals(FakeService.sha256(body), FakeService.sha256(FakeServices.plans().last().body()));
    }

    @Test
    void aCallerThatAsksWhetherToSendItsBodyIsToldToGoOn() throws Exception {
        byte[] body = "{\"code\":\"HCTH\"}".getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /api/v1/units HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Authorization: Bearer " + DevTokens.admin() + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            java.io.BufferedReader answer = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    StandardCharsets.ISO_8859_1));

            // Clients like curl wait for this before sending the body: without it, each request would stall.
            assertEquals("HTTP/1.1 100 Continue", answer.readLine());
            answer.readLine();
            socket.getOutputStream().write(body);
            assertEquals("HTTP/1.1 200 OK", answer.readLine());
        }
        assertNull(FakeServices.plans().last().header("Expect"), "the gateway has answered the expectation itself");
        assertEquals("{\"code\":\"HCTH\"}", new String(FakeServices.plans().last().body(), StandardCharsets.UTF_8));
    }

    @Test
    void aLargeAnswerComesBackWhole() {
        byte[] body = as(DevTokens.viewer()).get("/api/v1/reports/big?bytes=3000000").then().statusCode(200)
                .extract().asByteArray();

        assertEquals(3_000_000, body.length);
    }

    @Test
    void theAnswerStreamsToTheCallerWhileTheServiceIsStillWriting() throws Exception {
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(gateway("/api/v1/plans/stream"))
                .header("Authorization", "Bearer " + DevTokens.viewer()).build(), HttpResponse.BodyHandlers.ofInputStream());
        InputStream body = response.body();

        // The service holds back its second chunk until the caller has the first: a buffering gateway would never answer.
        String first = CompletableFuture.supplyAsync(() -> read(body, "first;".length())).get(20, TimeUnit.SECONDS);
        FakeServices.plans().releaseStream();
        String rest = CompletableFuture.supplyAsync(() -> read(body, "second;".length())).get(20, TimeUnit.SECONDS);

        assertEquals(200, response.statusCode());
        assertEquals("first;", first);
        assertEquals("second;", rest);
        assertFalse(response.headers().firstValue("Content-Length").isPresent());
    }

    @Test
    void eachPrefixGoesToTheServiceThatOwnsIt() {
        as(DevTokens.viewer()).get("/api/v1/units").then().statusCode(200).body("uri", equalTo("/api/v1/units"));
        as(DevTokens.viewer()).get("/api/v1/units/HCTH").then().statusCode(200);
        as(DevTokens.viewer()).get("/api/v1/plans/0b8f2f3c/tasks/III.3").then().statusCode(200)
                .body("uri", equalTo("/api/v1/plans/0b8f2f3c/tasks/III.3"));
        as(DevTokens.viewer()).get("/api/v1/reports/plans/0b8f2f3c?period=2022").then().statusCode(200);

        assertEquals(3, FakeServices.plans().drain().size());
        assertEquals("/api/v1/reports/plans/0b8f2f3c?period=2022", FakeServices.reports().last().uri());
        // Nothing listens for the progress service in these tests: the gateway says so.
        assertTrue(as(DevTokens.viewer()).get("/api/v1/submissions").then().statusCode(502).extract()
                .<String>path("detail").contains("progress service"));
    }

    private static URI gateway(String path) {
        return URI.create("http://localhost:" + RestAssured.port + path);
    }

    private static String read(InputStream in, int bytes) {
        try {
            return new String(in.readNBytes(bytes), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
