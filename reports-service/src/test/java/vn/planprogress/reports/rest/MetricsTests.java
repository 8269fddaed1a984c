package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.PrometheusMetrics.value;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.service.JobScheduler;
import vn.planprogress.reports.service.ReminderSubscription;
import vn.planprogress.reports.service.WebhookDispatcher;

/** The reports service's domain counters at /q/metrics: snapshots by kind, job runs by outcome, webhook deliveries by outcome. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class MetricsTests {

    private static final String SNAPSHOTS = "/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID + "/snapshots";

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    JobScheduler scheduler;

    @Inject
    ReminderSubscription reminderSubscription;

    @Inject
    WebhookDispatcher dispatcher;

    @BeforeEach
    void seedScenario() {
        fixtures.reset();
        SeedScenario.record();
    }

    @Test
    void snapshotsAreCountedByKindAndJobRunsByOutcome() {
        double onDemand = value("planprogress_snapshots_taken_total{kind=\"ON_DEMAND\"}");
        double daily = value("planprogress_snapshots_taken_total{kind=\"DAILY\"}");
        double succeeded = value("planprogress_job_runs_total{job=\"daily-snapshots\",outcome=\"SUCCEEDED\"}");
        double failed = value("planprogress_job_runs_total{job=\"consolidated-reports\",outcome=\"FAILED\"}");

        as(DevTokens.planner()).body(Map.of("period", "2022")).post(SNAPSHOTS).then().statusCode(201);
        as(DevTokens.admin()).post("/api/v1/reports/jobs/daily-snapshots/runs").then().statusCode(201);
        clock.set("2022-11-12T10:05:00+07:00");
        as(DevTokens.admin()).post("/api/v1/reports/jobs/daily-snapshots/runs").then().statusCode(201);
        ServicesStub.answerSubmissions(aResponse().withStatus(500));
        as(DevTokens.admin()).post("/api/v1/reports/jobs/consolidated-reports/runs").then().statusCode(201);

        assertEquals(onDemand + 1, value("planprogress_snapshots_taken_total{kind=\"ON_DEMAND\"}"));
        assertEquals(daily + 1, value("planprogress_snapshots_taken_total{kind=\"DAILY\"}"), "the day's snapshot is stored once");
        assertEquals(succeeded + 2, value("planprogress_job_runs_total{job=\"daily-snapshots\",outcome=\"SUCCEEDED\"}"));
        assertEquals(failed + 1, value("planprogress_job_runs_total{job=\"consolidated-reports\",outcome=\"FAILED\"}"));
    }

    @Test
    void webhookDeliveriesAreCountedByOutcome() {
        double delivered = value("planprogress_webhook_deliveries_total{outcome=\"delivered\"}");
        double retried = value("planprogress_webhook_deliveries_total{outcome=\"retried\"}");
        reminderSubscription.ensure();
        ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).willReturn(aResponse().withStatus(503)));
        clock.set("2022-11-07T07:30:00+07:00");
        scheduler.tick();
        fixtures.relayReminders();
        dispatcher.dispatch();

        ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).willReturn(aResponse().withStatus(204)));
        clock.set("2022-11-07T07:31:00+07:00");
        dispatcher.dispatch();

        assertEquals(retried + 1, value("planprogress_webhook_deliveries_total{outcome=\"retried\"}"), "the first attempt failed");
        assertEquals(delivered + 1, value("planprogress_webhook_deliveries_total{outcome=\"delivered\"}"), "the retry delivered it");
    }
}
