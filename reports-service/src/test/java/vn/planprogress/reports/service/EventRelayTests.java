package vn.planprogress.reports.service;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.PrometheusMetrics.value;
import static vn.planprogress.reports.EventScenario.idsOf;
import static vn.planprogress.reports.EventScenario.planIssued;
import static vn.planprogress.reports.EventScenario.submissionCreated;
import static vn.planprogress.reports.EventScenario.submissionReturned;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.EventScenario;
import vn.planprogress.reports.OutboxesFake;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.domain.FeedSource;

/**
 * The relay from the plans and progress services' outboxes (faked over HTTP, 4 events a batch in tests)
 * and the reports service's own into the feed: every event once, in its outbox's order, whatever fails
 * on the way, however often and on however many replicas the relay runs.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class EventRelayTests {

    private static final String SNAPSHOTS = "/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID + "/snapshots";

    @Inject
    ReportFixtures fixtures;

    @Inject
    EventRelay relay;

    @BeforeEach
    void emptyFeed() {
        fixtures.reset();
        SeedScenario.record();
    }

    @Test
    void everySourcesEventsReachTheFeedInTheirOrderBatchAfterBatch() {
        double relayedBefore = value("planprogress_events_relayed_total{source=\"progress\"}");
        List<Map<String, Object>> plans = List.of(planIssued(1, "2022-01-10T02:00:00Z"), planIssued(2, "2022-03-01T02:00:00Z"));
        List<Map<String, Object>> progress = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            progress.add(submissionReturned("TTUDDV", "Bổ sung minh chứng lần " + (i + 1), "2022-11-1" + (i % 2) + "T03:00:00Z"));
        }
        String snapshot = as(DevTokens.planner()).body(Map.of("period", "2022")).post(SNAPSHOTS).then().statusCode(201)
                .extract().path("id");

        assertEquals(Map.of(FeedSource.PLANS, 2, FeedSource.PROGRESS, 10, FeedSource.REPORTS, 1), relay.relay());

        List<Map<String, Object>> feed = EventScenario.all(DevTokens.viewer());
        List<String> expected = new ArrayList<>(idsOf(plans));
        expected.addAll(idsOf(progress));
        assertEquals(expected, feed.subList(0, 12).stream().map(event -> event.get("id")).toList());
        Map<String, Object> reviewed = feed.get(2);
        assertEquals("submission.reviewed", reviewed.get("type"));
        assertEquals("progress", reviewed.get("source"));
        assertEquals(ServicesStub.SEED_PLAN_ID, reviewed.get("planId"));
        assertEquals(List.of("TTUDDV"), reviewed.get("units"));
        assertEquals(progress.get(0).get("occurredAt"), reviewed.get("occurredAt"));
        assertEquals(progress.get(0).get("data"), reviewed.get("data"), "the data as the progress service wrote it, diacritics and all");
        assertEquals("Bổ sung minh chứng lần 1", ((Map<?, ?>) reviewed.get("data")).get("comment"));
        assertEquals("snapshot.taken", feed.get(12).get("type"));
        assertEquals(snapshot, ((Map<?, ?>) feed.get(12).get("data")).get("snapshotId"));
        assertEquals(13, feed.size());
        // Ten progress events in batches of four: each batch asked for after the last one's cursor.
        assertEquals(List.of("0.0", cursor(progress.get(3)), cursor(progress.get(7))), afters(OutboxesFake.PROGRESS));
        assertEquals(List.of("4"), requested(OutboxesFake.PROGRESS).stream().map(r -> r.queryParameter("limit").firstValue()).distinct().toList());
        assertEquals(cursor(progress.get(9)), cursorOf("progress"));
        assertEquals(cursor(plans.get(1)), cursorOf("plans"));
        assertEquals(relayedBefore + 10, value("planprogress_events_relayed_total{source=\"progress\"}"));
    }

    @Test
    void aSourceThatIsDownIsSkippedAndItsEventsComeInOrderWhenItIsBack() {
        double failuresBefore = value("planprogress_events_relay_failures_total{source=\"progress\"}");
        Map<String, Object> created = submissionCreated("HCTH", "2022-11-11T02:00:00Z");
        Map<String, Object> issued = planIssued(1, "2022-01-10T02:00:00Z");
        OutboxesFake.down(OutboxesFake.PROGRESS);

        assertEquals(Map.of(FeedSource.PLANS, 1, FeedSource.REPORTS, 0), relay.relay(), "progress is skipped, the others go on");
        // While it is down, both services go on writing to their outboxes.
        Map<String, Object> returned = submissionReturned("HCTH", "Thiếu số liệu tháng 10", "2022-11-12T02:00:00Z");
        Map<String, Object> amended = planIssued(2, "2022-11-12T02:30:00Z");
        assertEquals(Map.of(FeedSource.PLANS, 1, FeedSource.REPORTS, 0), relay.relay());
        assertEquals(idsOf(List.of(issued, amended)), EventScenario.ids(DevTokens.viewer()));
        assertEquals("0.0", cursorOf("progress"), "nothing of progress is taken for relayed");
        assertEquals(failuresBefore + 2, value("planprogress_events_relay_failures_total{source=\"progress\"}"));

        OutboxesFake.up(OutboxesFake.PROGRESS);
        assertEquals(Map.of(FeedSource.PLANS, 0, FeedSource.PROGRESS, 2, FeedSource.REPORTS, 0), relay.relay());
        assertEquals(Map.of(FeedSource.PLANS, 0, FeedSource.PROGRESS, 0, FeedSource.REPORTS, 0), relay.relay(), "a second round finds nothing new");

        assertEquals(idsOf(List.of(issued, amended, created, returned)), EventScenario.ids(DevTokens.viewer()));
    }

    @Test
    void aSourceThatFailsBetweenBatchesKeepsTheBatchesRelayedAndGoesOnFromThem() {
        List<Map<String, Object>> progress = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            progress.add(submissionCreated(i % 2 == 0 ? "TTUDDV" : "HCTH", "2022-11-0" + (i + 1) + "T02:00:00Z"));
        }
        OutboxesFake.downAfter(OutboxesFake.PROGRESS, 1);

        assertEquals(Map.of(FeedSource.PLANS, 0, FeedSource.REPORTS, 0), relay.relay());
        assertEquals(idsOf(progress.subList(0, 4)), EventScenario.ids(DevTokens.viewer()), "the first batch was relayed whole");
        assertEquals(cursor(progress.get(3)), cursorOf("progress"));

        OutboxesFake.up(OutboxesFake.PROGRESS);
        assertEquals(2, relay.relay().get(FeedSource.PROGRESS));

        assertEquals(idsOf(progress), EventScenario.ids(DevTokens.viewer()));
        assertEquals(List.of("0.0", cursor(progress.get(3)), cursor(progress.get(3))), afters(OutboxesFake.PROGRESS));
    }

    @Test
    void eventsHandedOutAgainAreNotAppendedTwice() {
        List<Map<String, Object>> progress = List.of(submissionCreated("TTUDDV", "2022-11-01T02:00:00Z"),
                submissionCreated("HCTH", "2022-11-02T02:00:00Z"), submissionReturned("HCTH", "Đề nghị bổ sung", "2022-11-03T02:00:00Z"));
        relay.relay();
        List<Map<String, Object>> before = EventScenario.all(DevTokens.viewer());
        // As if the cursor were put back (a database restored from an older backup): the outbox hands out the same events again.
        fixtures.sql("update event_source set cursor = '0.0' where source = 'progress'");

        assertEquals(Map.of(FeedSource.PLANS, 0, FeedSource.PROGRESS, 0, FeedSource.REPORTS, 0), relay.relay());

        assertEquals(before, EventScenario.all(DevTokens.viewer()), "the same events at the same cursors");
        assertEquals(idsOf(progress), EventScenario.ids(DevTokens.viewer()));
        assertEquals(cursor(progress.get(2)), cursorOf("progress"));
    }

    @Test
    void twoReplicasRelayingAtOnceAppendEachEventOnceInItsOrder() throws Exception {
        List<Map<String, Object>> plans = new ArrayList<>();
        List<Map<String, Object>> progress = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            progress.add(submissionCreated("TTUDDV", "2022-11-01T02:00:00Z"));
            if (i % 3 == 0) {
                plans.add(planIssued(i + 1, "2022-01-10T02:00:00Z"));
            }
        }
        OutboxesFake.answerAfter(150);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Map<FeedSource, Integer>>> rounds = new ArrayList<>();
            for (int replica = 0; replica < 2; replica++) {
                rounds.add(replicas.submit(() -> {
                    start.await();
                    return relay.relay();
                }));
            }
            start.countDown();
            int progressRelayed = 0;
            for (Future<Map<FeedSource, Integer>> round : rounds) {
                progressRelayed += round.get().get(FeedSource.PROGRESS);
            }
            assertEquals(9, progressRelayed, "between them, each event once");
        } finally {
            replicas.shutdownNow();
        }

        List<String> feed = EventScenario.ids(DevTokens.viewer());
        assertEquals(12, feed.size());
        assertEquals(idsOf(plans), feed.stream().filter(idsOf(plans)::contains).toList());
        assertEquals(idsOf(progress), feed.stream().filter(idsOf(progress)::contains).toList());
        assertEquals(12, fixtures.count("select count(distinct id) from event_feed"));
    }

    private String cursorOf(String source) {
        return fixtures.text("select cursor from event_source where source = '" + source + "'");
    }

    private static String cursor(Map<String, Object> event) {
        return event.get("cursor").toString();
    }

    private static List<LoggedRequest> requested(String source) {
        return ServicesStub.server().findAll(getRequestedFor(urlPathEqualTo("/" + source + ServicesStub.OUTBOX)));
    }

    private static List<String> afters(String source) {
        return requested(source).stream().map(request -> request.queryParameter("after").firstValue()).toList();
    }
}
