package vn.planprogress.progress.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.Q2_ENTRY_OPEN;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_CCVT;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_HCTH;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.cutOffCorrection;
import static vn.planprogress.progress.ProgressFixtures.cutOffSubmission;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.submitted;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;
import vn.planprogress.progress.service.SubmissionService;

/**
 * Entry windows and locks on the cut-off plan 12/KH-SNV: entry for 2023-Q2 opens on 9 June 2023, the
 * unit deadline is 16 June and the period locks after 26 June (lockAfterDays 10), each day in
 * Asia/Ho_Chi_Minh. A refused submission or correction is a 409 naming the period, the day and who can
 * lift it, and writes nothing; a planner's lock exception opens the period again for its unit only;
 * reviews are never locked.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class EntryWindowTests {

    private static final String PLAN = PlansServiceStub.CUT_OFF_PLAN_ID;
    private static final String LOCKED = "Period 2023-Q2 of plan 12/KH-SNV locked at the end of 2023-06-26; a planner of the plan can "
            + "open it for unit %s with a lock exception (POST /api/v1/plans/" + PLAN + "/lock-exceptions). Nothing was written";
    private static final String EXCEPTION_ID = "6a1f3d2c-9b8e-4f7a-8c6d-5e4f3a2b1c0d";

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
        fixtures.now(Q2_ENTRY_OPEN);
    }

    @Test
    void entryBeforeItOpensIsRefusedAndOpensAtTheStartOfItsDay() {
        fixtures.now("2023-06-08T23:59:59+07:00");
        Map<String, Object> draft = cutOffSubmission("HCTH", "2023-Q2");
        draft.put("draft", true);

        for (Map<String, Object> body : List.of(cutOffSubmission("HCTH", "2023-Q2"), draft)) {
            Map<String, Object> problem = refused(() -> post(REPORTER_HCTH, body), ProblemType.ENTRY_NOT_OPEN);
            assertEquals("Entry for period 2023-Q2 of plan 12/KH-SNV opens on 2023-06-09. Nothing was written", problem.get("detail"));
        }
        fixtures.now("2023-06-09T00:00:00+07:00");
        post(REPORTER_HCTH, cutOffSubmission("HCTH", "2023-Q2")).then().statusCode(201)
                .body("firstSubmittedAt", equalTo("2023-06-08T17:00:00Z")).body("late", equalTo(false));
        assertEquals(List.of(), PlansServiceStub.lockExceptionRequests(PLAN), "an open period needs no lock exception");
    }

    @Test
    void aCorrectionAfterTheLockIsRefusedNamingThePeriodAndItsLockDayAndWritesNothing() {
        String id = submitted(REPORTER_HCTH, cutOffSubmission("HCTH", "2023-Q2"));
        fixtures.now("2023-06-26T23:59:59+07:00");
        put(REPORTER_HCTH, id, 1, cutOffCorrection("HCTH", 360)).then().statusCode(200)
                .body("revision", equalTo(2)).body("lateCorrection", equalTo(true));
        assertEquals(List.of(), PlansServiceStub.lockExceptionRequests(PLAN), "the last second of the period is not locked");
        fixtures.now("2023-06-27T00:00:00+07:00");

        Map<String, Object> problem = refused(() -> put(REPORTER_HCTH, id, 2, cutOffCorrection("HCTH", 370)), ProblemType.PERIOD_LOCKED);

        assertEquals(LOCKED.formatted("HCTH"), problem.get("detail"));
        assertEquals(2, fixtures.count("select count(*) from revision"));
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id + "/revisions").then().statusCode(200)
                .body("revision", contains(1, 2)).body("collect { it.values[1].value }", contains(350, 360));
        List<LoggedRequest> asked = PlansServiceStub.lockExceptionRequests(PLAN);
        assertEquals(1, asked.size(), "asked once, when the period was locked");
        assertEquals("HCTH", asked.get(0).queryParameter("unitCode").firstValue());
        assertEquals("2023-Q2", asked.get(0).queryParameter("period").firstValue());
        assertEquals("Bearer " + REPORTER_HCTH, asked.get(0).getHeader("Authorization"), "asked with the caller's token");
    }

    @Test
    void aNewSubmissionAfterTheLockIsRefusedToo() {
        fixtures.now("2023-07-01T08:00:00+07:00");

        Map<String, Object> problem = refused(() -> post(REPORTER_CCVT, cutOffSubmission("CCVT", "2023-Q2")), ProblemType.PERIOD_LOCKED);

        assertEquals(LOCKED.formatted("CCVT"), problem.get("detail"));
    }

    @Test
    void aLockExceptionOpensThePeriodForItsUnitOnlyThroughItsLastDay() {
        String hcth = submitted(REPORTER_HCTH, cutOffSubmission("HCTH", "2023-Q2"));
        String ccvt = submitted(REPORTER_CCVT, cutOffSubmission("CCVT", "2023-Q2"));
        PlansServiceStub.serveLockExceptions(PLAN, "HCTH", "2023-Q2",
                List.of(PlansServiceStub.lockException(EXCEPTION_ID, PLAN, "HCTH", "2023-Q2", "2023-07-05")));
        fixtures.now("2023-07-05T23:59:59+07:00");

        List<String> logged = logOf(SubmissionService.class, () -> put(REPORTER_HCTH, hcth, 1, cutOffCorrection("HCTH", 380)).then()
                .statusCode(200)
                .body("revision", equalTo(2)).body("late", equalTo(false)).body("lateCorrection", equalTo(true))
                .body("values[1].value", equalTo(380)));
        assertTrue(logged.stream().anyMatch(line -> line.startsWith("INFO ") && line.contains("Submission " + hcth)
                && line.contains("lock exception " + EXCEPTION_ID + " (until 2023-07-05)")), logged.toString());
        Map<String, Object> otherUnit = refused(() -> put(REPORTER_CCVT, ccvt, 1, cutOffCorrection("CCVT", 380)), ProblemType.PERIOD_LOCKED);
        assertEquals(LOCKED.formatted("CCVT"), otherUnit.get("detail"));

        fixtures.now("2023-07-06T00:00:00+07:00");
        Map<String, Object> ended = refused(() -> put(REPORTER_HCTH, hcth, 2, cutOffCorrection("HCTH", 390)), ProblemType.PERIOD_LOCKED);
        assertTrue(ended.get("detail").toString().contains("locked at the end of 2023-06-26; the lock exception for unit HCTH ran to the "
                + "end of 2023-07-05"), ended.toString());
        assertEquals(3, fixtures.count("select count(*) from revision"));
    }

    @Test
    void aFirstSubmissionUnderALockExceptionIsAcceptedAndLate() {
        PlansServiceStub.serveLockExceptions(PLAN, "TTRA", "2023-Q2",
                List.of(PlansServiceStub.lockException(EXCEPTION_ID, PLAN, "TTRA", "2023-Q2", "2023-07-05")));
        fixtures.now("2023-07-03T10:00:00+07:00");

        post(DevTokens.reporter("TTRA"), cutOffSubmission("TTRA", "2023-Q2")).then().statusCode(201)
                .body("late", equalTo(true)).body("firstSubmittedAt", equalTo("2023-07-03T03:00:00Z"));
    }

    @Test
    void aReviewIsNeverLocked() {
        String id = submitted(REPORTER_HCTH, cutOffSubmission("HCTH", "2023-Q2"));
        fixtures.now("2023-08-01T08:00:00+07:00");

        as(DevTokens.planner()).body(Map.of("decision", "ACCEPT")).post(SUBMISSIONS + "/" + id + "/review").then().statusCode(200)
                .body("state", equalTo("ACCEPTED"));
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).then().statusCode(200).body("revision", equalTo(1));
        assertEquals(List.of(), PlansServiceStub.lockExceptionRequests(PLAN));
    }

    @Test
    void whenThePlansServiceCannotListTheLockExceptionsTheEntryIsA503AndNothingWritten() {
        String id = submitted(REPORTER_HCTH, cutOffSubmission("HCTH", "2023-Q2"));
        PlansServiceStub.answerLockExceptions(PLAN, "HCTH", "2023-Q2", aResponse().withStatus(500));
        fixtures.now("2023-06-30T08:00:00+07:00");

        Response unavailable = fixtures.writesNothing(() -> put(REPORTER_HCTH, id, 1, cutOffCorrection("HCTH", 360)));

        Map<String, Object> problem = Problems.assertProblem(unavailable, 503);
        assertEquals("10", unavailable.header("Retry-After"));
        assertEquals("The plans service is not reachable or too slow, so whether a lock exception opens period 2023-Q2 of plan "
                + "12/KH-SNV for unit HCTH cannot be checked; nothing was written, retry shortly", problem.get("detail"));
        assertEquals(2, PlansServiceStub.lockExceptionRequests(PLAN).size(), "a GET: tried, then retried once");
    }

    /** What {@code source} logs while {@code action} runs, each line its level and message. */
    private static List<String> logOf(Class<?> source, Runnable action) {
        Logger logger = Logger.getLogger(source.getName());
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLevel() + " " + new SimpleFormatter().formatMessage(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        try {
            action.run();
        } finally {
            logger.removeHandler(handler);
        }
        return lines;
    }

    /** Asserts a 409 of this problem type that wrote nothing, and returns the problem. */
    private Map<String, Object> refused(java.util.function.Supplier<Response> request, ProblemType type) {
        Map<String, Object> problem = Problems.assertProblem(fixtures.writesNothing(request), 409);
        assertEquals(type.uri(), problem.get("type"), problem.toString());
        return problem;
    }
}
