package vn.planprogress.plans.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.planprogress.devsupport.JsonApi.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.idempotency.IdempotencyRetention;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** A creating POST retried with its Idempotency-Key creates one thing, however many retries race. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class IdempotencyTests {

    @Inject
    PlanFixtures fixtures;

    @Inject
    IdempotencyRetention retention;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void aRetryReturnsTheFirstResponseAndCreatesNothing() {
        Response first = as(DevTokens.planner()).header("Idempotency-Key", "retry-1").body(PlanFixtures.samplePlan()).post("/api/v1/plans");
        Response retry = as(DevTokens.planner()).header("Idempotency-Key", "retry-1").body(PlanFixtures.samplePlan()).post("/api/v1/plans");

        assertEquals(201, first.statusCode());
        assertEquals(201, retry.statusCode());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.<String>path("id"), retry.path("id"));
        assertEquals(1, fixtures.count("select count(*) from plan"));
    }

    @Test
    void keysAreForgottenAfterTheRetentionAndARetryThenCreatesAnew() {
        as(DevTokens.planner()).header("Idempotency-Key", "old").body(PlanFixtures.samplePlan()).post("/api/v1/plans").then().statusCode(201);
        as(DevTokens.planner()).header("Idempotency-Key", "recent").body(PlanFixtures.samplePlan()).post("/api/v1/plans").then().statusCode(201);
        fixtures.sql("update idempotency_key set created_at = now() - interval '31 days' where key = 'old'");

        assertEquals(1, retention.purge(Instant.now()));

        assertEquals(1, fixtures.count("select count(*) from idempotency_key"));
        Response afterRetention = as(DevTokens.planner()).header("Idempotency-Key", "old").body(PlanFixtures.samplePlan()).post("/api/v1/plans");
        assertEquals(201, afterRetention.statusCode());
        assertNull(afterRetention.header("Idempotent-Replayed"), "a key older than the retention is a new request");
        Response withinRetention = as(DevTokens.planner()).header("Idempotency-Key", "recent").body(PlanFixtures.samplePlan()).post("/api/v1/plans");
        assertEquals("true", withinRetention.header("Idempotent-Replayed"));
        assertEquals(3, fixtures.count("select count(*) from plan"));
    }

    @Test
    void keysBelongToTheirCaller() {
        as(DevTokens.planner()).header("Idempotency-Key", "k").body(PlanFixtures.samplePlan()).post("/api/v1/plans").then().statusCode(201);
        String other = DevTokens.mint("another.planner@dev", Set.of("planner"), null, java.time.Duration.ofMinutes(5));
        as(other).header("Idempotency-Key", "k").body(PlanFixtures.samplePlan()).post("/api/v1/plans").then().statusCode(201);
        assertEquals(2, fixtures.count("select count(*) from plan"));
    }

    @Test
    void twentyConcurrentRetriesCreateOnePlan() throws Exception {
        int retries = 20;
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < retries; i++) {
                Callable<Response> post = () -> {
                    start.await();
                    return as(DevTokens.planner()).header("Idempotency-Key", "race-1").body(PlanFixtures.samplePlan()).post("/api/v1/plans");
                };
                answers.add(pool.submit(post));
            }
            start.countDown();
            Set<String> ids = new HashSet<>();
            for (Future<Response> answer : answers) {
                Response response = answer.get();
                assertEquals(201, response.statusCode(), response::asString);
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "every retry answers with the same plan");
            assertEquals(1, fixtures.count("select count(*) from plan"));
        } finally {
            pool.shutdownNow();
        }
    }
}
