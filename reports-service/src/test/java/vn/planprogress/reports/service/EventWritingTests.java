package vn.planprogress.reports.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.EventScenario;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.api.JobOutput;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.domain.FeedSource;

/**
 * The reports service's own events: snapshot.taken whenever a snapshot is stored, report.ready when the
 * consolidated report of a period is, each written with the snapshot (and never without it), then relayed.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class EventWritingTests {

    private static final String SNAPSHOTS = "/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID + "/snapshots";

    @Inject
    ReportFixtures fixtures;

    @Inject
    EventRelay relay;

    @Inject
    JobScheduler scheduler;

    @BeforeEach
    void seedScenario() {
        fixtures.reset();
        SeedScenario.record();
    }

    @Test
    void takingASnapshotWritesSnapshotTakenWithIt() {
        Map<String, Object> snapshot = as(DevTokens.planner()).header("Idempotency-Key", "snap-1").body(Map.of("period", "2022"))
                .post(SNAPSHOTS).then().statusCode(201).extract().jsonPath().getMap("");
        as(DevTokens.planner()).header("Idempotency-Key", "snap-1").body(Map.of("period", "2022")).post(SNAPSHOTS).then().statusCode(201);
        assertEquals(1, fixtures.count("select count(*) from outbox_event where type = 'snapshot.taken'"), "a retry stores nothing, tells nothing");

        assertEquals(1, relay.relay().get(FeedSource.REPORTS));

        List<Map<String, Object>> feed = EventScenario.all(DevTokens.viewer());
        assertEquals(1, feed.size());
        Map<String, Object> taken = feed.get(0);
        assertEquals("snapshot.taken", taken.get("type"));
        assertEquals("reports", taken.get("source"));
        assertEquals(ServicesStub.SEED_PLAN_ID, taken.get("planId"));
        assertEquals(List.of(), taken.get("units"));
        assertEquals("2022-11-12T03:00:00Z", taken.get("occurredAt"));
        assertEquals(Map.of("snapshotId", snapshot.get("id"), "planId", ServicesStub.SEED_PLAN_ID, "kind", "ON_DEMAND", "period", "2022",
                "takenAt", snapshot.get("createdAt")), taken.get("data"));
    }

    @Test
    void aSnapshotThatCannotBeTakenWritesNoEvent() {
        ServicesStub.answerSubmissions(aResponse().withStatus(500));

        as(DevTokens.planner()).post(SNAPSHOTS).then().statusCode(503);
        as(DevTokens.planner()).body(Map.of("period", "2023")).post(SNAPSHOTS).then().statusCode(400);

        assertEquals(0, fixtures.count("select count(*) from outbox_event"));
        assertEquals(0, fixtures.count("select count(*) from report_snapshot"));
        assertEquals(0, relay.relay().get(FeedSource.REPORTS));
        assertEquals(List.of(), EventScenario.all(DevTokens.viewer()));
    }

    @Test
    void theConsolidatedReportJobTellsOfItsSnapshotAndThatTheReportIsReady() {
        // 12/11/2022, two days after the unit deadline: the day's snapshot, and the consolidated report of 2022.
        List<JobRunDocument> runs = scheduler.tick();
        String daily = runs.get(0).produced().get(0).id().toString();
        JobOutput consolidated = runs.get(1).produced().get(0);
        scheduler.tick();
        relay.relay();

        List<Map<String, Object>> feed = EventScenario.all(DevTokens.viewer());
        assertEquals(List.of("snapshot.taken", "snapshot.taken", "report.ready"), feed.stream().map(event -> event.get("type")).toList());
        assertEquals(daily, ((Map<?, ?>) feed.get(0).get("data")).get("snapshotId"));
        assertEquals("DAILY", ((Map<?, ?>) feed.get(0).get("data")).get("kind"));
        assertEquals(null, ((Map<?, ?>) feed.get(0).get("data")).get("period"), "the whole year's");
        assertEquals(consolidated.id().toString(), ((Map<?, ?>) feed.get(1).get("data")).get("snapshotId"));
        assertEquals("CONSOLIDATED", ((Map<?, ?>) feed.get(1).get("data")).get("kind"));
        assertEquals(Map.of("snapshotId", consolidated.id().toString(), "planId", ServicesStub.SEED_PLAN_ID, "period", "2022",
                "formats", List.of("json", "csv", "docx", "pdf")), feed.get(2).get("data"));
        for (String format : List.of("json", "csv", "docx", "pdf")) {
            as(DevTokens.viewer()).accept("*/*").queryParam("format", format).get("/api/v1/reports/snapshots/" + consolidated.id())
                    .then().statusCode(200);
        }
    }
}
