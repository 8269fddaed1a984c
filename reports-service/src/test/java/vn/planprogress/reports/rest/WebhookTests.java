package vn.planprogress.reports.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.PrometheusMetrics.value;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.events.EventType;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.TestReceiver;
import vn.planprogress.reports.domain.EventCursor;
import vn.planprogress.reports.service.WebhookDispatcher;

/**
 * Webhook subscriptions against a real receiver on the loopback (allowed in the tests' settings), with
 * events put into the feed as the relay puts them: each event of a subscription's types posted once,
 * signed; a receiver that fails is retried with back-off and then paused; an admin resumes it.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class WebhookTests {

    private static final String WEBHOOKS = "/api/v1/webhooks";
    private static final String SECRET = "bi-mat-cua-he-thong-van-ban-2022";
    private static final String SUBMISSION = """
            {"submissionId": "6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a", "planId": "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10",
             "taskId": "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f", "unitCode": "HCTH", "period": "2022", "revision": 1,
             "reviewStatus": "SUBMITTED", "note": "Phòng Hành chính - Tổng hợp đã gửi báo cáo"}""";

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    WebhookDispatcher dispatcher;

    TestReceiver receiver;

    @BeforeEach
    void freshReceiver() {
        fixtures.reset();
        receiver = new TestReceiver(SECRET);
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aSubscribedReceiverGetsEachLaterEventOfItsTypesOnceSignedAsTheFeedListsIt() {
        fixtures.feedEvent("progress", "submission.created", ServicesStub.SEED_PLAN_ID, List.of("HCTH"), SUBMISSION);
        Response created = as(DevTokens.admin()).header("Idempotency-Key", "dang-ky-vpdt-1")
                .body(subscription(receiver.url("vpdt"), List.of("submission.created", "reminder.due")))
                .post(WEBHOOKS);
        created.then().statusCode(201).header("ETag", "\"0\"");
        String id = created.jsonPath().getString("id");
        assertEquals(WEBHOOKS + "/" + id, java.net.URI.create(created.header("Location")).getPath());
        assertEquals(List.of(true, "ACTIVE", "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi", "admin@dev"),
                List.of(created.jsonPath().get("secretSet"), created.jsonPath().get("status"), created.jsonPath().get("description"),
                        created.jsonPath().get("createdBy")));
        assertFalse(created.asString().contains(SECRET) || created.jsonPath().getMap("").containsKey("secret"), created.asString());
        Response replayed = as(DevTokens.admin()).header("Idempotency-Key", "dang-ky-vpdt-1")
                .body(subscription(receiver.url("vpdt"), List.of("submission.created", "reminder.due"))).post(WEBHOOKS);
        replayed.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(id, replayed.jsonPath().getString("id"));
        assertEquals(1, fixtures.count("select count(*) from webhook_subscription"));

        ReportFixtures.FeedEvent submitted = fixtures.feedEvent("progress", "submission.created", ServicesStub.SEED_PLAN_ID,
                List.of("HCTH"), SUBMISSION);
        fixtures.feedEvent("plans", "plan.issued", ServicesStub.SEED_PLAN_ID, List.of("HCTH", "QLTC"), "{\"number\": \"1/KH-SKHCN\"}");
        ReportFixtures.FeedEvent due = fixtures.feedEvent("reports", "reminder.due", ServicesStub.SEED_PLAN_ID, List.of("QLTC"),
                "{\"planNumber\": \"1/KH-SKHCN\", \"daysBefore\": 3}");

        assertEquals(2, dispatcher.dispatch(), "the submission and the reminder; not the plan, nor the event before it subscribed");
        assertEquals(0, dispatcher.dispatch(), "nothing more is due");

        List<TestReceiver.Received> received = receiver.received();
        assertEquals(List.of(true, true), received.stream().map(TestReceiver.Received::signatureValid).toList());
        assertEquals(List.of(submitted.id().toString(), due.id().toString()), List.copyOf(receiver.events().keySet()));
        TestReceiver.Received first = received.get(0);
        JsonNode body = first.json();
        List<String> fields = new ArrayList<>();
        body.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("id", "cursor", "type", "occurredAt", "source", "planId", "units", "data"), fields);
        assertEquals(new EventCursor(submitted.position()).toString(), body.get("cursor").asText());
        assertTrue(body.get("cursor").asText().startsWith("eZmVlZDo"), "e + base64url of feed:<position>");
        assertEquals(List.of("submission.created", "progress", ServicesStub.SEED_PLAN_ID, "[\"HCTH\"]", "2022-11-12T03:00:00Z",
                        "Phòng Hành chính - Tổng hợp đã gửi báo cáo"),
                List.of(body.get("type").asText(), body.get("source").asText(), body.get("planId").asText(), body.get("units").toString(),
                        body.get("occurredAt").asText(), body.get("data").get("note").asText()));
        assertEquals(List.of("application/json", submitted.id().toString(), "submission.created", submitted.id().toString()),
                List.of(first.header("Content-Type"), first.header("X-Event-Id"), first.header("X-Event-Type"),
                        first.header("Idempotency-Key")));
        assertTrue(first.header("X-Signature-256").startsWith("t=" + clock.instant().getEpochSecond() + ",v1="), first.header("X-Signature-256"));

        JsonPath deliveries = as(DevTokens.admin()).get(WEBHOOKS + "/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals(2, deliveries.getInt("totalItems"));
        assertEquals(List.of(due.id().toString(), submitted.id().toString()), deliveries.getList("items.eventId"), "newest first");
        assertEquals(List.of("DELIVERED", "DELIVERED"), deliveries.getList("items.status"));
        assertEquals(List.of(List.of(204), List.of(204)), deliveries.getList("items.attempts.statusCode"));
        assertEquals(first.header("X-Delivery-Id"), deliveries.getString("items[1].id"));
        assertEquals("2022-11-12T03:00:00Z", deliveries.getString("items[1].deliveredAt"));
        assertNull(deliveries.get("items[1].nextAttemptAt"));
        assertEquals(0, as(DevTokens.admin()).queryParam("status", "PENDING").get(WEBHOOKS + "/" + id + "/deliveries")
                .then().statusCode(200).extract().jsonPath().getInt("totalItems"));

        Response read = as(DevTokens.admin()).get(WEBHOOKS + "/" + id);
        read.then().statusCode(200).header("ETag", "\"0\"");
        String listed = as(DevTokens.admin()).get(WEBHOOKS).then().statusCode(200).extract().asString();
        for (String answer : List.of(read.asString(), listed)) {
            assertFalse(answer.contains(SECRET) || answer.contains("\"secret\""), answer);
            assertTrue(answer.contains("\"secretSet\":true"), answer);
        }
        assertEquals(List.of("submission.created", "reminder.due"), read.jsonPath().getList("eventTypes"));
    }

    @Test
    void aReceiverWhoseAnswerWasLostGetsTheEventAgainAndKeepsItOnceByItsId() {
        String id = subscribe(List.of("submission.created"));
        receiver.loseTheNextAnswer();
        ReportFixtures.FeedEvent submitted = fixtures.feedEvent("progress", "submission.created", ServicesStub.SEED_PLAN_ID,
                List.of("HCTH"), SUBMISSION);

        dispatcher.dispatch();
        assertEquals(0, dispatcher.dispatch(), "not again before the back-off");
        advance(Duration.ofMillis(200));
        dispatcher.dispatch();

        List<TestReceiver.Received> received = receiver.received();
        assertEquals(List.of(500, 204), received.stream().map(TestReceiver.Received::answered).toList());
        assertEquals(List.of(false, true), received.stream().map(TestReceiver.Received::repeat).toList());
        assertEquals(1, receiver.events().size(), "kept once");
        assertEquals(List.of(submitted.id().toString(), submitted.id().toString()),
                received.stream().map(r -> r.header("Idempotency-Key")).toList());
        assertEquals(received.get(0).json().toString(), received.get(1).json().toString(), "the same event, byte for byte as JSON");
        JsonPath deliveries = as(DevTokens.admin()).get(WEBHOOKS + "/" + id + "/deliveries").then().statusCode(200).extract().jsonPath();
        assertEquals("DELIVERED", deliveries.getString("items[0].status"));
        assertEquals(List.of(1, 2), deliveries.getList("items[0].attempts.number"));
        assertEquals(List.of(500, 204), deliveries.getList("items[0].attempts.statusCode"));
        assertEquals("HTTP 500: Lỗi máy chủ 500", deliveries.getString("items[0].attempts[0].error"));
        assertNull(deliveries.get("items[0].attempts[1].error"));
    }

    @Test
    void aFailingReceiverIsRetriedWithBackOffThenPausedAndWhatWaitedGoesWhenAnAdminResumesIt() {
        double retried = value("planprogress_webhook_deliveries_total{outcome=\"retried\"}");
        double failed = value("planprogress_webhook_deliveries_total{outcome=\"failed\"}");
        double delivered = value("planprogress_webhook_deliveries_total{outcome=\"delivered\"}");
        String id = subscribe(List.of("submission.created", "submission.reviewed"));
        receiver.answer(500);
        ReportFixtures.FeedEvent first = fixtures.feedEvent("progress", "submission.created", ServicesStub.SEED_PLAN_ID, List.of("HCTH"),
                SUBMISSION);
        Instant start = clock.instant();

        dispatcher.dispatch();
        // Each attempt as soon as it is due, by the test clock, until the delivery gives up.
        for (int round = 0; round < 10 && deliveryOf(id, first).getString("status").equals("PENDING"); round++) {
            String next = deliveryOf(id, first).getString("nextAttemptAt");
            clock.set(Instant.parse(next).atOffset(ZoneOffset.UTC).toString());
            dispatcher.dispatch();
        }

        JsonPath gaveUp = deliveryOf(id, first);
        assertEquals("FAILED", gaveUp.getString("status"));
        // 0.2 s, doubling, at most 0.8 s, the last attempt at the give-up time (2 s after the first).
        assertEquals(List.of(0L, 200L, 600L, 1400L, 2000L), gaveUp.getList("attempts.at", String.class).stream()
                .map(at -> Duration.between(start, Instant.parse(at)).toMillis()).toList());
        assertEquals(5, receiver.received().size());
        assertTrue(receiver.received().stream().allMatch(TestReceiver.Received::signatureValid));
        Response paused = as(DevTokens.admin()).get(WEBHOOKS + "/" + id);
        paused.then().statusCode(200).header("ETag", "\"1\"");
        assertEquals("PAUSED", paused.jsonPath().getString("status"));
        assertTrue(paused.jsonPath().getString("pausedReason").contains("failed 5 attempts") && paused.jsonPath().getString("pausedReason")
                .contains("HTTP 500"), paused.jsonPath().getString("pausedReason"));
        assertEquals(retried + 4, value("planprogress_webhook_deliveries_total{outcome=\"retried\"}"));
        assertEquals(failed + 1, value("planprogress_webhook_deliveries_total{outcome=\"failed\"}"));

        ReportFixtures.FeedEvent second = fixtures.feedEvent("progress", "submission.reviewed", ServicesStub.SEED_PLAN_ID, List.of("HCTH"),
                "{\"decision\": \"RETURN\", \"comment\": \"Bổ sung số liệu chuyên mục\"}");
        advance(Duration.ofMinutes(5));
        assertEquals(0, dispatcher.dispatch(), "a paused subscription is not posted");
        assertEquals(List.of("PENDING"), List.of(deliveryOf(id, second).getString("status")));
        assertEquals(List.of(), deliveryOf(id, second).getList("attempts"));

        receiver.answer(204);
        Map<String, Object> resume = subscription(receiver.url("vpdt"), List.of("submission.created", "submission.reviewed"));
        resume.remove("secret");
        resume.put("status", "ACTIVE");
        Problems.assertProblem(as(DevTokens.admin()).body(resume).put(WEBHOOKS + "/" + id), 428);
        Problems.assertProblem(as(DevTokens.admin()).header("If-Match", "\"0\"").body(resume).put(WEBHOOKS + "/" + id), 412);
        Response resumed = as(DevTokens.admin()).header("If-Match", "\"1\"").body(resume).put(WEBHOOKS + "/" + id);
        resumed.then().statusCode(200).header("ETag", "\"2\"");
        assertEquals("ACTIVE", resumed.jsonPath().getString("status"));
        assertNull(resumed.jsonPath().get("pausedReason"));

        assertEquals(1, dispatcher.dispatch());
        assertEquals("DELIVERED", deliveryOf(id, second).getString("status"));
        assertEquals("FAILED", deliveryOf(id, first).getString("status"), "what gave up stays given up");
        TestReceiver.Received last = receiver.received().get(receiver.received().size() - 1);
        assertEquals(List.of(true, second.id().toString(), "Bổ sung số liệu chuyên mục"),
                List.of(last.signatureValid(), last.header("X-Event-Id"), last.json().get("data").get("comment").asText()),
                "signed with the secret kept");
        assertEquals(delivered + 1, value("planprogress_webhook_deliveries_total{outcome=\"delivered\"}"));
    }

    @Test
    void aPauseByAnAdminHoldsTheDeliveriesAndANewSecretSignsTheNextOnes() {
        String id = subscribe(List.of("report.ready"));
        Map<String, Object> pause = subscription(receiver.url("vpdt"), List.of("report.ready"));
        pause.remove("secret");
        pause.put("status", "PAUSED");
        Response paused = as(DevTokens.admin()).header("If-Match", "\"0\"").body(pause).put(WEBHOOKS + "/" + id);
        paused.then().statusCode(200).header("ETag", "\"1\"");
        assertEquals("Paused by admin@dev", paused.jsonPath().getString("pausedReason"));
        fixtures.feedEvent("reports", "report.ready", ServicesStub.SEED_PLAN_ID, List.of(), "{\"period\": \"2022\"}");

        assertEquals(0, dispatcher.dispatch());

        TestReceiver renewed = new TestReceiver("mat-khau-moi-cua-he-thong-2023");
        try {
            Map<String, Object> change = subscription(renewed.url("moi"), List.of("report.ready"));
            change.put("secret", "mat-khau-moi-cua-he-thong-2023");
            change.put("status", "ACTIVE");
            change.remove("description");
            Response changed = as(DevTokens.admin()).header("If-Match", "\"1\"").body(change).put(WEBHOOKS + "/" + id);
            changed.then().statusCode(200);
            assertNull(changed.jsonPath().get("description"), "replaced: absent is none");
            assertEquals(1, dispatcher.dispatch());
            assertEquals(List.of(true), renewed.received().stream().map(TestReceiver.Received::signatureValid).toList());
            assertEquals(List.of(), receiver.received());
        } finally {
            renewed.close();
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        Map<String, Long> before = fixtures.rowCounts();
        String url = receiver.url("vpdt");
        Map<String, Object> shortSecret = subscription(url, List.of("report.ready"));
        shortSecret.put("secret", "ngan-qua");
        Map<String, Object> noSecret = subscription(url, List.of("report.ready"));
        noSecret.remove("secret");
        List<Map.Entry<String, Map<String, Object>>> refused = List.of(
                Map.entry("url", subscription("ftp://vpdt.quangngai.gov.vn/hooks", List.of("report.ready"))),
                Map.entry("url", subscription("/hooks/planprogress", List.of("report.ready"))),
                Map.entry("url", subscription("https://vpdt.quangngai.gov.vn/" + "a".repeat(2000), List.of("report.ready"))),
                Map.entry("url", subscription("https://vanthu:matkhau@vpdt.quangngai.gov.vn/hooks", List.of("report.ready"))),
                Map.entry("eventTypes[1]", subscription(url, List.of("report.ready", "plan.deleted"))),
                Map.entry("eventTypes", subscription(url, List.of())),
                Map.entry("secret", shortSecret),
                Map.entry("secret", noSecret));
        for (var bad : refused) {
            Problems.assertInvalidField(as(DevTokens.admin()).body(bad.getValue()).post(WEBHOOKS), bad.getKey());
        }
        assertTrue(Problems.assertInvalidField(as(DevTokens.admin()).body(subscription(url, List.of("plan.deleted"))).post(WEBHOOKS),
                "eventTypes[0]").contains(EventType.NAMES));
        assertTrue(Problems.assertInvalidField(as(DevTokens.admin()).body(shortSecret).post(WEBHOOKS), "secret").contains("16 to 200"));

        assertTarget("http://169.254.169.254/latest/meta-data/", "urn:planprogress:problem:webhook-target-forbidden", "link-local");
        // The loopback is allowed in these tests, the platform's own services never (here the plans service's default URL).
        assertTarget("http://localhost:8081/hooks", "urn:planprogress:problem:webhook-target-forbidden", "platform's own service");
        assertTarget("http://khong-co.invalid/hooks", "urn:planprogress:problem:webhook-target-unresolvable", "does not resolve");

        assertEquals(before, fixtures.rowCounts(), "nothing was written");

        String id = subscribe(List.of("report.ready"));
        Map<String, Object> change = subscription("http://169.254.169.254/", List.of("report.ready"));
        Map<String, Object> problem = Problems.assertProblem(as(DevTokens.admin()).header("If-Match", "\"0\"").body(change)
                .put(WEBHOOKS + "/" + id), 422);
        assertEquals("urn:planprogress:problem:webhook-target-forbidden", problem.get("type"));
        Problems.assertInvalidField(as(DevTokens.admin()).header("If-Match", "\"0\"")
                .body(subscription(url, List.of())).put(WEBHOOKS + "/" + id), "eventTypes");
        as(DevTokens.admin()).get(WEBHOOKS + "/" + id).then().statusCode(200).header("ETag", "\"0\"");
    }

    @Test
    void onlyAdminsManageWebhooksAndAnUnknownOneIsNotFound() {
        String id = subscribe(List.of("report.ready"));
        for (String token : List.of(DevTokens.planner(), DevTokens.viewer(), DevTokens.reporter("HCTH"))) {
            Problems.assertProblem(as(token).body(subscription(receiver.url("x"), List.of("report.ready"))).post(WEBHOOKS), 403);
            Problems.assertProblem(as(token).get(WEBHOOKS), 403);
            Problems.assertProblem(as(token).get(WEBHOOKS + "/" + id), 403);
            Problems.assertProblem(as(token).get(WEBHOOKS + "/" + id + "/deliveries"), 403);
            Problems.assertProblem(as(token).delete(WEBHOOKS + "/" + id), 403);
        }
        String unknown = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10";
        Problems.assertProblem(as(DevTokens.admin()).get(WEBHOOKS + "/" + unknown), 404);
        Problems.assertProblem(as(DevTokens.admin()).get(WEBHOOKS + "/" + unknown + "/deliveries"), 404);
        Problems.assertInvalidField(as(DevTokens.admin()).queryParam("status", "LOST").get(WEBHOOKS + "/" + id + "/deliveries"), "status");

        fixtures.feedEvent("reports", "report.ready", ServicesStub.SEED_PLAN_ID, List.of(), "{\"period\": \"2022\"}");
        dispatcher.dispatch();
        as(DevTokens.admin()).delete(WEBHOOKS + "/" + id).then().statusCode(204);
        Problems.assertProblem(as(DevTokens.admin()).get(WEBHOOKS + "/" + id), 404);
        assertEquals(0, fixtures.count("select count(*) from webhook_delivery") + fixtures.count("select count(*) from webhook_attempt"));
    }

    @SuppressWarnings("unchecked")
    private void assertTarget(String url, String type, String reason) {
        Map<String, Object> problem = Problems.assertProblem(as(DevTokens.admin()).body(subscription(url, List.of("report.ready")))
                .post(WEBHOOKS), 422);
        assertEquals(type, problem.get("type"));
        assertTrue(problem.get("detail").toString().startsWith("url: ") && problem.get("detail").toString().contains(reason),
                problem::toString);
        assertEquals("url", ((List<Map<String, String>>) problem.get("errors")).get(0).get("field"));
    }

    private String subscribe(List<String> types) {
        return as(DevTokens.admin()).body(subscription(receiver.url("vpdt"), types)).post(WEBHOOKS)
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private JsonPath deliveryOf(String subscription, ReportFixtures.FeedEvent event) {
        JsonPath page = as(DevTokens.admin()).queryParam("size", 200).get(WEBHOOKS + "/" + subscription + "/deliveries")
                .then().statusCode(200).extract().jsonPath();
        List<String> events = page.getList("items.eventId");
        return JsonPath.from(page.prettify()).setRootPath("items[" + events.indexOf(event.id().toString()) + "]");
    }

    private void advance(Duration by) {
        clock.set(clock.instant().plus(by).atOffset(ZoneOffset.UTC).toString());
    }

    private static Map<String, Object> subscription(String url, List<String> types) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("url", url);
        body.put("eventTypes", types);
        body.put("secret", SECRET);
        body.put("description", "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi");
        return body;
    }

}
