package vn.planprogress.reports.service;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.TestReceiver;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.api.JobOutput;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.domain.ReportJob;
import vn.planprogress.reports.export.PdfA;

/**
 * The scheduled jobs on the seed plan (unit deadline 10/11/2022): daily snapshots, the consolidated
 * report after the deadline, reminders before it (issued as reminder.due events, which the reminders
 * webhook gets as a subscription); once per occurrence across replicas, retried when a source fails,
 * never half-written, never issued twice.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class ScheduledJobTests {

    private static final String SECOND_PLAN = "5b6c7d8e-0000-4000-8000-00000000002a";
    /** As the tests' settings give it (planprogress.reports.reminders.webhook-secret). */
    private static final String REMINDERS_SECRET = "nhac-han-bao-cao-2022-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    JobScheduler scheduler;

    @Inject
    ReportJobs jobs;

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
    void aTickTakesTheDailySnapshotAndAfterTheDeadlineTheConsolidatedReportOnce() {
        Map<String, Object> draft = ServicesStub.seedDigest();
        draft.put("planId", SECOND_PLAN);
        draft.put("status", "DRAFT");
        ServicesStub.serve(draft);

        List<JobRunDocument> runs = scheduler.tick();

        assertEquals(List.of("daily-snapshots", "consolidated-reports", "reminders"), runs.stream().map(JobRunDocument::jobName).toList());
        assertEquals(List.of(JobOutcome.SUCCEEDED, JobOutcome.SUCCEEDED, JobOutcome.SUCCEEDED), runs.stream().map(JobRunDocument::outcome).toList());
        // Today's occurrences in Asia/Ho_Chi_Minh: 06:00 and 06:30 of 12/11, as UTC instants.
        assertEquals(Instant.parse("2022-11-11T23:00:00Z"), runs.get(0).scheduledFor());
        assertEquals(List.of("daily-snapshots/2022-11-12"), runs.get(0).produced().stream().map(JobOutput::detail).toList());
        assertEquals(List.of("consolidated-reports/2022"), runs.get(1).produced().stream().map(JobOutput::detail).toList());
        assertEquals(List.of(), runs.get(2).produced(), "two days after the deadline: no reminder is due");
        assertEquals(1, fixtures.count("select count(*) from report_snapshot s join snapshot_document d on d.snapshot_id = s.id"
                + " and d.format = 'JSON' where kind = 'DAILY' and as_of = '2022-11-11T23:00:00Z' and plan_id = '" + ServicesStub.SEED_PLAN_ID
                + "' and convert_from(d.content, 'UTF8')::jsonb -> 'report' -> 'completeness' -> 'counts' ->> 'missing' = '2'"));
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where kind = 'CONSOLIDATED' and period = '2022'"
                + " and created_by = 'scheduler'"));
        assertEquals(0, fixtures.count("select count(*) from report_snapshot where plan_id = '" + SECOND_PLAN + "'"), "drafts are not reported");
        consolidatedReportIsThePdfToSign(runs.get(1).produced().get(0).id());

        assertEquals(List.of(), scheduler.tick(), "the same occurrences are not run again");
        clock.set("2022-11-13T06:00:00+07:00");
        // 06:00 on 13/11: the daily snapshot is due; the others' latest occurrences (12/11) have run.
        assertEquals(List.of(List.of("daily-snapshots/2022-11-13")), scheduler.tick().stream()
                .map(run -> run.produced().stream().map(JobOutput::detail).toList()).toList());
        assertEquals(3, fixtures.count("select count(*) from report_snapshot"));
    }

    /** The consolidated report of the job is stored with its documents, the PDF/A among them, ready to be signed. */
    private void consolidatedReportIsThePdfToSign(UUID snapshot) {
        assertEquals(4, fixtures.count("select count(*) from snapshot_document where snapshot_id = '" + snapshot + "'"));
        byte[] pdf = RestAssured.given().auth().oauth2(DevTokens.viewer())
                .queryParam("format", "pdf").get("/api/v1/reports/snapshots/" + snapshot)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertEquals(List.of(), PdfA.failures2b(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertTrue(text.contains("BÁO CÁO") && text.contains("Kế hoạch số 1/KH-SKHCN"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void twoReplicasTickingAtOnceRunEachOccurrenceOnce() throws Exception {
        // Both replicas are still reading the plan when the other one claims: the database decides.
        ServicesStub.answerDigest(ServicesStub.SEED_PLAN_ID, aResponse().withFixedDelay(300).withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new ObjectMapper().writeValueAsString(ServicesStub.seedDigest())));

        List<List<JobRunDocument>> ticks = atOnce(() -> scheduler.tick(), () -> scheduler.tick());

        assertEquals(3, ticks.get(0).size() + ticks.get(1).size());
        assertEquals(3, fixtures.count("select count(*) from job_run"));
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where kind = 'DAILY'"));
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where kind = 'CONSOLIDATED'"));
    }

    @Test
    void twoRunsOfOneDayThatBothGetPastTheirClaimsStillStoreOneSnapshot() throws Exception {
        ServicesStub.answerDigest(ServicesStub.SEED_PLAN_ID, aResponse().withFixedDelay(300).withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new ObjectMapper().writeValueAsString(ServicesStub.seedDigest())));
        List<JobOutput> first = new ArrayList<>();
        List<JobOutput> second = new ArrayList<>();

        atOnce(() -> {
            jobs.run(ReportJob.DAILY_SNAPSHOTS, Instant.parse("2022-11-11T23:00:00Z"), first);
            return null;
        }, () -> {
            jobs.run(ReportJob.DAILY_SNAPSHOTS, Instant.parse("2022-11-12T02:00:00Z"), second);
            return null;
        });

        // The unique (plan, trigger) of the snapshot table lets one of them store the day's snapshot.
        assertEquals(1, first.size() + second.size());
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where trigger_key = 'daily-snapshots/2022-11-12'"));
    }

    @Test
    void aRunThatFailsIsRecordedWritesNoHalfSnapshotAndIsRetriedUntilItSucceeds() {
        Map<String, Object> second = ServicesStub.seedDigest();
        second.put("planId", SECOND_PLAN);
        second.put("number", "2/KH-SKHCN");
        ServicesStub.serve(second);
        ServicesStub.answerDigest(SECOND_PLAN, aResponse().withStatus(503));

        JobRunDocument failed = dailyOf(scheduler.tick());

        assertEquals(JobOutcome.FAILED, failed.outcome());
        assertTrue(failed.error().contains("2/KH-SKHCN") && failed.error().contains("not reachable"), failed.error());
        assertEquals(Instant.parse("2022-11-12T03:01:00Z"), failed.nextAttemptAt());
        assertEquals(List.of("1/KH-SKHCN"), failed.produced().stream().map(JobOutput::planNumber).toList());
        assertEquals(0, fixtures.count("select count(*) from report_snapshot where plan_id = '" + SECOND_PLAN + "'"));

        ServicesStub.serve(second);
        assertEquals(List.of(), retriesOf(scheduler.tick()), "not due before its next attempt");
        clock.set("2022-11-12T10:01:00+07:00");
        JobRunDocument retried = dailyOf(retriesOf(scheduler.tick()));

        assertEquals(List.of(2, JobOutcome.SUCCEEDED, failed.scheduledFor()),
                List.of(retried.attempt(), retried.outcome(), retried.scheduledFor()));
        assertEquals(List.of("2/KH-SKHCN"), retried.produced().stream().map(JobOutput::planNumber).toList());
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where plan_id = '" + SECOND_PLAN + "' and kind = 'DAILY'"));
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where plan_id = '" + ServicesStub.SEED_PLAN_ID + "'"
                + " and kind = 'DAILY'"));
        assertEquals(1, fixtures.count("select count(*) from job_run where id = '" + failed.id() + "' and next_attempt_at is null"));
    }

    @Test
    void aRunLeftRunningByAStoppedReplicaIsRetried() {
        fixtures.sql("insert into job_run (id, job_name, scheduled_for, attempt, started_by, started_at, outcome) values "
                + "('6a7b8c9d-0000-4000-8000-000000000001', 'daily-snapshots', '2022-11-11T23:00:00Z', 1, 'scheduler', "
                + "'2022-11-11T23:00:01Z', 'RUNNING')");

        List<JobRunDocument> runs = scheduler.tick();

        assertEquals(1, fixtures.count("select count(*) from job_run where id = '6a7b8c9d-0000-4000-8000-000000000001' "
                + "and outcome = 'FAILED' and error like 'Abandoned%'"));
        assertTrue(runs.stream().anyMatch(r -> r.jobName().equals("daily-snapshots") && r.attempt() == 2
                && r.outcome() == JobOutcome.SUCCEEDED), runs::toString);
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where kind = 'DAILY'"));
    }

    @Test
    void theRemindersWebhookIsSubscribedAndGetsTheSignedReminderOnceThoughItFailsTwice() throws IOException {
        reminderSubscription.ensure();
        clock.set("2022-11-03T08:00:00+07:00");
        flakyReceiver(2);

        List<JobRunDocument> runs = scheduler.tick();

        JobRunDocument reminders = runs.stream().filter(r -> r.jobName().equals("reminders")).findFirst().orElseThrow();
        assertEquals(JobOutcome.SUCCEEDED, reminders.outcome(), reminders::toString);
        assertEquals(1, reminders.produced().size());
        assertTrue(reminders.produced().get(0).detail().startsWith("7 day(s) before 2022-11-10"), reminders.produced().toString());
        assertEquals(1, fixtures.relayReminders(), "one reminder.due event");
        dispatchUntilDelivered();

        List<ServeEvent> posts = webhookPosts();
        assertEquals(List.of(500, 500, 200), posts.stream().map(e -> e.getResponse().getStatus()).toList());
        assertEquals(1, posts.stream().map(e -> e.getRequest().getHeader("Idempotency-Key")).distinct().count());
        for (ServeEvent post : posts) {
            assertTrue(TestReceiver.signedWith(REMINDERS_SECRET, post.getRequest().getHeader("X-Signature-256"), post.getRequest().getBody()),
                    () -> post.getRequest().getHeader("X-Signature-256"));
            assertEquals("reminder.due", post.getRequest().getHeader("X-Event-Type"));
        }
        JsonNode event = JSON.readTree(posts.get(2).getRequest().getBody());
        assertEquals(List.of("reminder.due", "reports", ServicesStub.SEED_PLAN_ID, "[\"CCTDC\",\"HCTH\",\"QLTC\",\"TTUDDV\"]"),
                List.of(event.get("type").asText(), event.get("source").asText(), event.get("planId").asText(), event.get("units").toString()));
        String data = event.get("data").toString();
        assertTrue(data.contains("\"type\":\"planprogress.reminder\"") && data.contains("\"daysBefore\":7")
                && data.contains("\"unitDeadline\":\"2022-11-10\"") && data.contains("Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"), data);
        assertEquals(List.of("TTUDDV", "HCTH", "QLTC", "CCTDC"), unitsOf(data));

        scheduler.runNow("reminders", "admin@dev");
        clock.set("2022-11-03T09:00:00+07:00");
        scheduler.runNow("reminders", "admin@dev");
        assertEquals(0, fixtures.relayReminders(), "a reminder is issued once");
        assertEquals(0, dispatcher.dispatch());

        assertEquals(3, webhookPosts().size(), "a delivered reminder is never sent again");
        assertEquals(1, fixtures.count("select count(*) from reminder_delivery r join outbox_event e on e.id = r.event_id "
                + "where r.status = 'ISSUED' and r.days_before = 7 and e.id::text = '" + event.get("id").asText() + "'"));
    }

    @Test
    void remindersGoOnTheConfiguredDaysToTheUnitsThatStillOweAndARunThatFailedIssuesThemOnItsRetry() throws Exception {
        reminderSubscription.ensure();
        ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).willReturn(aResponse().withStatus(204)));
        ServicesStub.answerSubmissions(aResponse().withStatus(500));
        clock.set("2022-11-07T07:30:00+07:00");

        JobRunDocument failed = remindersOf(scheduler.tick());

        assertEquals(JobOutcome.FAILED, failed.outcome());
        assertTrue(failed.error().contains("not reachable"), failed.error());
        assertEquals(0, fixtures.count("select count(*) from reminder_delivery") + fixtures.count("select count(*) from outbox_event"),
                "nothing issued");

        ServicesStub.reset();
        SeedScenario.record();
        ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).willReturn(aResponse().withStatus(204)));
        clock.set("2022-11-07T07:31:00+07:00");
        JobRunDocument retried = remindersOf(retriesOf(scheduler.tick()));

        assertEquals(JobOutcome.SUCCEEDED, retried.outcome(), retried::toString);
        fixtures.relayReminders();
        dispatcher.dispatch();
        assertEquals(1, webhookPosts().size());
        // As of 07/11 07:00 (the occurrence, not the retry), III.1 and III.2 were not yet in: all four lead units owe.
        assertEquals(List.of("TTUDDV", "HCTH", "QLTC", "CCTDC"), unitsOf(dataOf(webhookPosts().get(0))));
        assertEquals(3, JSON.readTree(dataOf(webhookPosts().get(0))).get("daysBefore").asInt());

        // On the deadline day itself (0 days before), what has been submitted by then is no longer reminded:
        // TTUDDV owes only III.2 (sent at 23:59:59 that day).
        clock.set("2022-11-10T07:30:00+07:00");
        scheduler.tick();
        fixtures.relayReminders();
        dispatcher.dispatch();
        String deadlineDay = dataOf(webhookPosts().get(1));
        assertEquals(List.of("TTUDDV", "HCTH", "QLTC", "CCTDC"), unitsOf(deadlineDay));
        JsonNode ttuddv = JSON.readTree(deadlineDay).get("units").get(0);
        assertEquals(List.of("Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ", 1, "III.2", "2022"),
                List.of(ttuddv.get("name").asText(), ttuddv.get("tasks").size(), ttuddv.get("tasks").get(0).get("taskCode").asText(),
                        ttuddv.get("tasks").get(0).get("period").asText()), deadlineDay);
        // No reminder on a day that is not configured (5 days before).
        clock.set("2022-11-05T07:30:00+07:00");
        scheduler.tick();
        assertEquals(0, fixtures.relayReminders());
        assertEquals(2, webhookPosts().size());
    }

    @Test
    void anOccurrenceBeforeItsTimeOfDayIsYesterdays() {
        clock.set("2022-11-12T05:59:00+07:00");

        assertEquals(Instant.parse("2022-11-10T23:00:00Z"), scheduler.latestOccurrence(ReportJob.DAILY_SNAPSHOTS, clock.instant()));
        assertEquals(Instant.parse("2022-11-11T00:00:00Z"), scheduler.latestOccurrence(ReportJob.REMINDERS, clock.instant()));
        clock.set("2022-11-12T06:00:00+07:00");
        assertEquals(Instant.parse("2022-11-11T23:00:00Z"), scheduler.latestOccurrence(ReportJob.DAILY_SNAPSHOTS, clock.instant()));
    }

    private static JobRunDocument dailyOf(List<JobRunDocument> runs) {
        return runs.stream().filter(r -> r.jobName().equals("daily-snapshots")).findFirst().orElseThrow(() -> new AssertionError(runs));
    }

    private static List<JobRunDocument> retriesOf(List<JobRunDocument> runs) {
        return runs.stream().filter(r -> r.attempt() > 1).toList();
    }

    private static JobRunDocument remindersOf(List<JobRunDocument> runs) {
        return runs.stream().filter(r -> r.jobName().equals("reminders")).findFirst().orElseThrow(() -> new AssertionError(runs));
    }

    /** Dispatches, and again each time a retry is due by the test clock, until nothing is pending. */
    private void dispatchUntilDelivered() {
        dispatcher.dispatch();
        for (int round = 0; round < 10 && fixtures.count("select count(*) from webhook_delivery where status = 'PENDING'") > 0; round++) {
            String next = fixtures.text("select to_char(min(next_attempt_at) at time zone 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') "
                    + "from webhook_delivery where status = 'PENDING'");
            clock.set(Instant.parse(next).atOffset(ZoneOffset.UTC).toString());
            dispatcher.dispatch();
        }
    }

    private static String dataOf(ServeEvent post) throws IOException {
        return JSON.readTree(post.getRequest().getBody()).get("data").toString();
    }

    private static void flakyReceiver(int failures) {
        String state = STARTED;
        for (int i = 1; i <= failures; i++) {
            ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).inScenario("flaky receiver").whenScenarioStateIs(state)
                    .willReturn(aResponse().withStatus(500)).willSetStateTo("failed " + i));
            state = "failed " + i;
        }
        ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).inScenario("flaky receiver").whenScenarioStateIs(state)
                .willReturn(aResponse().withStatus(200)));
    }

    private static List<ServeEvent> webhookPosts() {
        List<ServeEvent> posts = new ArrayList<>(ServicesStub.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(ServicesStub.WEBHOOK)).toList());
        posts.sort((a, b) -> a.getRequest().getLoggedDate().compareTo(b.getRequest().getLoggedDate()));
        ServicesStub.server().verify(posts.size(), postRequestedFor(urlEqualTo(ServicesStub.WEBHOOK)));
        return posts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> unitsOf(String body) {
        try {
            List<Map<String, Object>> units = (List<Map<String, Object>>) new ObjectMapper().readValue(body, Map.class).get("units");
            return units.stream().map(u -> u.get("code").toString()).collect(Collectors.toList());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SafeVarargs
    private static <T> List<T> atOnce(Callable<T>... tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
