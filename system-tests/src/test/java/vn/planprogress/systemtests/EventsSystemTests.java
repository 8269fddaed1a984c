package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/**
 * What an integrator relies on, through the gateway: the feed of events in the order things
 * happened, resumable from the last cursor it kept, with nothing lost while a service was down;
 * and a webhook receiver that gets each event signed with its secret.
 */
class EventsSystemTests {

    private static final Duration RELAYED_WITHIN = Duration.ofSeconds(60);

    private final RunningSystem system = RunningSystem.get();

    @Test
    void aPlansIssueSubmissionCorrectionAndReviewArriveInOrderAndTheFeedResumesFromACursor() {
        String start = endOfFeed();
        CurrentYearPlan plan = CurrentYearPlan.issue(system);
        var submitted = plan.submit(system, "TTUDDV", "III.1", plan.quarter(4), "IN_PROGRESS", List.of());
        CurrentYearPlan.assertCreated(submitted);
        String submission = submitted.path("id");
        Map<String, Object> correction = new java.util.LinkedHashMap<>(Map.of("planId", plan.id, "taskCode", "III.1",
                "unitCode", "TTUDDV", "period", plan.quarter(4), "status", "IN_PROGRESS", "values", List.of(),
                "summary", "Đã hoàn thành tuyên truyền cải cách hành chính"));
        system.gateway(DevTokens.reporter("TTUDDV")).header("If-Match", submitted.header("ETag")).body(correction)
                .put("/api/v1/submissions/" + submission).then().statusCode(200);
        system.gateway(DevTokens.planner()).body(Map.of("decision", "RETURN", "comment", "Bổ sung số liệu"))
                .post("/api/v1/submissions/" + submission + "/review").then().statusCode(200);

        List<Map<String, Object>> ofPlan = awaitEvents(start, DevTokens.viewer(), events -> ofPlan(events, plan.id).size() >= 4);
        List<Map<String, Object>> events = ofPlan(ofPlan, plan.id);
        assertEquals(List.of("plan.issued", "submission.created", "submission.corrected", "submission.reviewed"),
                events.stream().map(event -> event.get("type")).toList());
        assertEquals("Bổ sung số liệu", ((Map<?, ?>) events.get(3).get("data")).get("comment"));

        String afterCreated = (String) events.get(1).get("cursor");
        List<Map<String, Object>> resumed = ofPlan(readAll(afterCreated, DevTokens.viewer()), plan.id);
        assertEquals(List.of("submission.corrected", "submission.reviewed"), resumed.stream().map(event -> event.get("type")).toList(),
                "resumed after the cursor kept: nothing repeated, nothing skipped");

        List<Map<String, Object>> otherUnits = ofPlan(readAll(start, DevTokens.reporter("HCTH")), plan.id);
        assertTrue(otherUnits.stream().noneMatch(event -> event.get("type").toString().startsWith("submission.")),
                "another unit's reporter does not see TTUDDV's submissions: " + otherUnits);
    }

    @Test
    void submissionsMadeJustBeforeTheProgressServiceStopsReachTheFeedOnceItIsBack() throws InterruptedException {
        String start = endOfFeed();
        CurrentYearPlan plan = CurrentYearPlan.issue(system);
        List<String> ids = new ArrayList<>();
        for (String task : List.of("III.1", "III.2", "III.3")) {
            var submitted = plan.submit(system, "TTUDDV", task, plan.quarter(4), "IN_PROGRESS", List.of());
            CurrentYearPlan.assertCreated(submitted);
            ids.add(submitted.path("id"));
        }
        system.stop(Service.PROGRESS);
        try {
            Thread.sleep(Duration.ofSeconds(7).toMillis()); // at least one relay round finds the progress service down
        } finally {
            system.start(Service.PROGRESS);
        }

        List<Map<String, Object>> events = awaitEvents(start, DevTokens.viewer(),
                all -> submissionIds(all, plan.id).containsAll(ids));
        List<String> relayed = submissionIds(events, plan.id);
        assertEquals(ids, relayed, "each submission once, in the order made");
    }

    @Test
    void aSubscribedReceiverGetsTheSubmissionSignedWithItsSecret() throws IOException {
        String secret = "bí-mật-của-hệ-thống-tỉnh-" + System.nanoTime();
        Map<String, String> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String signature = exchange.getRequestHeaders().getFirst("X-Signature-256");
            boolean valid = verifies(secret, signature, body);
            String eventId = exchange.getRequestHeaders().getFirst("X-Event-Id");
            if (valid && eventId != null) {
                received.putIfAbsent(eventId, new String(body, StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(valid ? 204 : 401, -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks";
            var created = system.gateway(DevTokens.admin())
                    .body(Map.of("url", url, "eventTypes", List.of("submission.created"), "secret", secret,
                            "description", "Hệ thống một cửa điện tử của tỉnh"))
                    .post("/api/v1/webhooks");
            assertEquals(201, created.statusCode(), created::asString);
            assertFalse(created.asString().contains(secret), "the secret is never answered back");
            String subscription = created.path("id");

            CurrentYearPlan plan = CurrentYearPlan.issue(system);
            var submitted = plan.submit(system, "TTUDDV", "III.1", plan.quarter(4), "IN_PROGRESS", List.of());
            CurrentYearPlan.assertCreated(submitted);
            String submission = submitted.path("id");

            Instant until = Instant.now().plus(RELAYED_WITHIN);
            String delivered = null;
            while (delivered == null && Instant.now().isBefore(until)) {
                delivered = received.values().stream().filter(body -> body.contains(submission)).findFirst().orElse(null);
                sleep();
            }
            assertTrue(delivered != null, "the receiver got the submission's event within " + RELAYED_WITHIN);
            JsonPath event = JsonPath.from(delivered);
            assertEquals("submission.created", event.getString("type"));
            assertEquals("Báo cáo của TTUDDV về nhiệm vụ III.1 kỳ " + plan.quarter(4),
                    system.gateway(DevTokens.viewer()).get("/api/v1/submissions/" + submission).path("summary"));

            JsonPath deliveries = system.gateway(DevTokens.admin()).get("/api/v1/webhooks/" + subscription + "/deliveries")
                    .then().statusCode(200).extract().jsonPath();
            assertTrue(deliveries.getList("items.status").contains("DELIVERED"), deliveries.prettify());
            system.gateway(DevTokens.admin()).delete("/api/v1/webhooks/" + subscription).then().statusCode(204);
        } finally {
            receiver.stop(0);
        }
    }

    /** How a receiver checks a delivery: HMAC-SHA256 of "t.body" with the secret, equal to v1, and t recent. */
    private static boolean verifies(String secret, String header, byte[] body) {
        if (header == null || !header.matches("t=\\d+,v1=[0-9a-f]{64}")) {
            return false;
        }
        String t = header.substring(2, header.indexOf(','));
        String v1 = header.substring(header.indexOf("v1=") + 3);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.UTF_8);
            return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.UTF_8))
                    && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) <= 300;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cursor after everything in the feed now: what an integrator starting today keeps. */
    private String endOfFeed() {
        String cursor = null;
        while (true) {
            var request = system.gateway(DevTokens.viewer()).queryParam("limit", 500);
            if (cursor != null) {
                request = request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            String next = page.getString("next");
            if (page.getList("items").isEmpty() || next == null) {
                return next == null ? cursor : next;
            }
            cursor = next;
        }
    }

    private List<Map<String, Object>> readAll(String after, String token) {
        List<Map<String, Object>> events = new ArrayList<>();
        String cursor = after;
        while (true) {
            var request = system.gateway(token).queryParam("limit", 100);
            if (cursor != null) {
                request = request.queryParam("after", cursor);
            }
            JsonPath page = request.get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            cursor = page.getString("next");
        }
    }

    private List<Map<String, Object>> awaitEvents(String after, String token, Predicate<List<Map<String, Object>>> enough) {
        Instant until = Instant.now().plus(RELAYED_WITHIN);
        List<Map<String, Object>> events = readAll(after, token);
        while (!enough.test(events) && Instant.now().isBefore(until)) {
            sleep();
            events = readAll(after, token);
        }
        assertTrue(enough.test(events), "the feed did not have the events within " + RELAYED_WITHIN + ": " + events);
        return events;
    }

    private static List<Map<String, Object>> ofPlan(List<Map<String, Object>> events, String planId) {
        return events.stream().filter(event -> planId.equals(event.get("planId"))).toList();
    }

    private static List<String> submissionIds(List<Map<String, Object>> events, String planId) {
        return ofPlan(events, planId).stream().filter(event -> "submission.created".equals(event.get("type")))
                .map(event -> (String) ((Map<?, ?>) event.get("data")).get("submissionId")).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
