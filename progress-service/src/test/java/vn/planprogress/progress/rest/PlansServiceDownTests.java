package vn.planprogress.progress.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submission;
import static vn.planprogress.progress.ProgressFixtures.submitted;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.Concurrently;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * When the plans service is down or slow, a submission cannot be checked: the caller gets a 503 with
 * Retry-After and nothing is written; repeated failures open the breaker, which closes again once the
 * plans service is back. An issued plan is asked for once for a burst of submissions.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class PlansServiceDownTests {

    private static final String SEED = PlansServiceStub.SEED_PLAN_ID;

    @Inject
    ProgressFixtures fixtures;

    @TestHTTPResource("/")
    URI root;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aFailingPlansServiceIsRetriedOnceThenA503WithRetryAfterAndNothingWritten() {
        PlansServiceStub.answer(SEED, aResponse().withStatus(500));

        Response refused = fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission()));

        Map<String, Object> problem = Problems.assertProblem(refused, 503);
        assertEquals("10", refused.header("Retry-After"));
        assertTrue(problem.get("detail").toString().startsWith("The plans service is not reachable or too slow"), problem.toString());
        assertEquals(2, PlansServiceStub.digestCalls(SEED), "the digest is a GET: tried, then retried once");
    }

    @Test
    void aSlowPlansServiceIsA503AndNothingWritten() {
        // Longer than the read timeout of each try (3 s in tests), so that both tries time out.
        PlansServiceStub.answer(SEED, aResponse().withStatus(200).withFixedDelay(8_000)
                .withHeader("Content-Type", "application/json").withBody("{}"));

        Problems.assertProblem(fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission())), 503);
    }

    @Test
    void aDroppedConnectionIsA503AndNothingWritten() {
        PlansServiceStub.answer(SEED, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        Problems.assertProblem(fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission())), 503);
    }

    @Test
    void aCorrectionWhileThePlansServiceIsDownIsA503AndNothingWritten() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        fixtures.forgetPlans();
        PlansServiceStub.answer(SEED, aResponse().withStatus(503));

        Problems.assertProblem(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, seedSubmission())), 503);
        Problems.assertProblem(as(DevTokens.viewer()).get(ProgressFixtures.SUBMISSIONS + "/outstanding?planId=" + SEED + "&period=2022"), 503);
    }

    @Test
    void theBreakerOpensAfterRepeatedFailuresAndClosesWhenThePlansServiceIsBack() {
        PlansServiceStub.answer(SEED, aResponse().withStatus(500));
        Problems.assertProblem(post(REPORTER_TTUDDV, seedSubmission()), 503);
        Problems.assertProblem(post(REPORTER_TTUDDV, seedSubmission()), 503);
        int callsWhenOpened = PlansServiceStub.digestCalls(SEED);

        Response whileOpen = fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission()));

        Problems.assertProblem(whileOpen, 503);
        assertEquals("10", whileOpen.header("Retry-After"));
        assertEquals(callsWhenOpened, PlansServiceStub.digestCalls(SEED), "an open breaker does not call the plans service");

        PlansServiceStub.serve(PlansServiceStub.seedDigest());
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> post(REPORTER_TTUDDV, seedSubmission()).statusCode() == 201);
        fixtures.forgetPlans();
        post(REPORTER_TTUDDV, submission("III.1", "TTUDDV")).then().statusCode(201);
        assertEquals(1, fixtures.count("select count(*) from submission where task_code = 'III.3'"));
    }

    @Test
    void aRetryWithTheSameKeyAfterTheOutageCreatesTheSubmissionOnce() {
        PlansServiceStub.answer(SEED, aResponse().withStatus(500));
        Problems.assertProblem(fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission())), 503);
        PlansServiceStub.serve(PlansServiceStub.seedDigest());

        String first = as(REPORTER_TTUDDV).header("Idempotency-Key", "b1f0c9e2-outage").body(seedSubmission())
                .post(ProgressFixtures.SUBMISSIONS).then().statusCode(201).extract().path("id");
        String again = as(REPORTER_TTUDDV).header("Idempotency-Key", "b1f0c9e2-outage").body(seedSubmission())
                .post(ProgressFixtures.SUBMISSIONS).then().statusCode(201).extract().path("id");

        assertEquals(first, again);
    }

    @Test
    void anUnknownPlanIsAnAnswerNotAFailure() {
        Map<String, Object> body = seedSubmission();
        body.put("planId", UUID.randomUUID().toString());
        for (int i = 0; i < 6; i++) {
            Problems.assertInvalidField(fixtures.writesNothing(() -> post(REPORTER_TTUDDV, body)), "planId");
        }

        post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(201);
    }

    @Test
    void anIssuedPlanIsAskedForOnceForABurstOfSubmissions() {
        for (Map.Entry<String, List<String>> task : Map.of("III.1", List.of("TTUDDV", "HCTH", "KHTC", "QLKH"),
                "III.2", List.of("TTUDDV", "QLCN", "TTRA"), "III.4", List.of("HCTH", "TTUDDV", "QLTC")).entrySet()) {
            for (String unit : task.getValue()) {
                post(DevTokens.admin(), submission(task.getKey(), unit)).then().statusCode(201);
            }
        }
        as(DevTokens.viewer()).get(ProgressFixtures.SUBMISSIONS + "/outstanding?planId=" + SEED + "&period=2022").then().statusCode(200);

        assertEquals(10, fixtures.count("select count(*) from submission"));
        assertEquals(1, PlansServiceStub.digestCalls(SEED));
    }

    @Test
    void submissionsArrivingTogetherOnAPlanNotYetKeptShareOneCall() throws Exception {
        HttpRequest submit = HttpRequest.newBuilder(root.resolve(ProgressFixtures.SUBMISSIONS))
                .header("Authorization", "Bearer " + REPORTER_TTUDDV)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(seedSubmission())))
                .build();

        List<HttpResponse<String>> answers = Concurrently.send(20, submit);

        assertEquals(Map.of(201, 1L, 409, 19L), Concurrently.statuses(answers));
        assertEquals(1, PlansServiceStub.digestCalls(SEED));
    }

    @Test
    void aDraftPlanIsAskedForEachTime() {
        Map<String, Object> draft = PlansServiceStub.seedDigest();
        String draftId = UUID.randomUUID().toString();
        draft.put("planId", draftId);
        draft.put("status", "DRAFT");
        PlansServiceStub.serve(draft);
        Map<String, Object> body = seedSubmission();
        body.put("planId", draftId);

        Problems.assertInvalidField(post(REPORTER_TTUDDV, body), "planId");
        Problems.assertInvalidField(post(REPORTER_TTUDDV, body), "planId");

        assertEquals(2, PlansServiceStub.digestCalls(draftId), "a draft may be issued at any moment: it is never kept");
    }
}
