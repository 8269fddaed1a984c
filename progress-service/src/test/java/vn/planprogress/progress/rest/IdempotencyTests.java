package vn.planprogress.progress.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.Concurrently;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/** A retried POST with the same Idempotency-Key creates one submission, even when the retries arrive together. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class IdempotencyTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    ProgressFixtures fixtures;

    @TestHTTPResource(SUBMISSIONS)
    URI submissions;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aRetryReturnsTheFirstAnswerAndCreatesNothing() {
        Response first = keyed("8e1f4c52-retry", seedSubmission());
        first.then().statusCode(201);

        Response retry = fixtures.writesNothing(() -> keyed("8e1f4c52-retry", seedSubmission()));

        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("ETag", "\"1\"")
                .header("Location", first.header("Location"));
        assertEquals(first.jsonPath().getMap(""), retry.jsonPath().getMap(""));
        assertEquals(1, fixtures.count("select count(*) from submission"));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        keyed("8e1f4c52-other", seedSubmission()).then().statusCode(201);
        Map<String, Object> other = seedSubmission();
        other.put("summary", "Nội dung khác");

        Problems.assertProblem(fixtures.writesNothing(() -> keyed("8e1f4c52-other", other)), 422);
    }

    @Test
    void aKeyThatIsNotAVisibleAsciiTokenIsNamed() {
        Problems.assertInvalidField(fixtures.writesNothing(() -> keyed("khóa", seedSubmission())), "Idempotency-Key");
    }

    @Test
    void fiftyConcurrentPostsWithTheSameKeyCreateExactlyOneSubmission() throws Exception {
        List<HttpResponse<String>> answers = concurrently(50, "4a7d1c0e-fifty");

        assertEquals(Map.of(201, 50L), Concurrently.statuses(answers), "every retry is answered with the submission");
        Set<Object> ids = new HashSet<>();
        for (HttpResponse<String> answer : answers) {
            ids.add(JSON.readValue(answer.body(), Map.class).get("id"));
        }
        assertEquals(1, ids.size(), "one submission: " + ids);
        assertEquals(1, fixtures.count("select count(*) from submission"));
        assertEquals(1, fixtures.count("select count(*) from revision"));
        assertEquals(1, fixtures.count("select count(*) from idempotency_key"));
    }

    @Test
    void fiftyConcurrentPostsWithoutAKeyStillMakeOneSubmissionPerTaskAndPeriod() throws Exception {
        List<HttpResponse<String>> answers = concurrently(50, null);

        assertEquals(Map.of(201, 1L, 409, 49L), Concurrently.statuses(answers));
        assertEquals(1, fixtures.count("select count(*) from submission"));
        assertEquals(1, fixtures.count("select count(*) from revision"));
    }

    private List<HttpResponse<String>> concurrently(int count, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(submissions)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + REPORTER_TTUDDV)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(seedSubmission())));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return Concurrently.send(count, request.build());
    }

    private static Response keyed(String key, Map<String, Object> body) {
        return as(REPORTER_TTUDDV).header("Idempotency-Key", key).body(body).post(SUBMISSIONS);
    }
}
