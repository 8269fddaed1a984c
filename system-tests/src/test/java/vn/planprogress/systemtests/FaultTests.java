package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/**
 * Faults while the system works: a service killed in the middle of the units' submissions, and
 * PostgreSQL restarted under load. Callers get clear errors, nothing accepted is lost, and
 * everything recovers without restarting anything else.
 */
class FaultTests {

    private static final RunningSystem SYSTEM = RunningSystem.get();
    /** Coordinating units of III.1–III.3 (all divisions of the department) report too: many distinct submissions. */
    private static final List<String> UNITS = List.of("HCTH", "KHTC", "QLKH", "QLCN", "QLTC", "TTRA", "CCTDC");

    @Test
    void theProgressServiceKilledMidSubmissionsLosesNothingAndRecovers() throws Exception {
        CurrentYearPlan plan = CurrentYearPlan.issue(SYSTEM);
        List<String[]> keys = new ArrayList<>();
        for (String task : List.of("III.1", "III.2", "III.3")) {
            for (String unit : UNITS) {
                for (int quarter = 3; quarter <= 4; quarter++) {
                    keys.add(new String[] {unit, task, plan.quarter(quarter)});
                }
            }
        }
        Map<String, Response> answers = new ConcurrentHashMap<>();
        AtomicInteger accepted = new AtomicInteger();
        ExecutorService unitsAtWork = Executors.newSingleThreadExecutor();
        Future<?> submitting = unitsAtWork.submit(() -> {
            for (String[] key : keys) {
                Response answer = plan.submit(SYSTEM, key[0], key[1], key[2], "IN_PROGRESS", List.of(), idempotencyKey(key));
                answers.put(idempotencyKey(key), answer);
                if (answer.statusCode() == 201) {
                    accepted.incrementAndGet();
                }
                pause(Duration.ofMillis(50));
            }
        });
        try {
            awaitUntil(() -> accepted.get() >= 5, Duration.ofSeconds(60));
            SYSTEM.stop(Service.PROGRESS);
            pause(Duration.ofSeconds(2));
            SYSTEM.start(Service.PROGRESS);
            submitting.get();
        } finally {
            unitsAtWork.shutdownNow();
            SYSTEM.start(Service.PROGRESS);
        }

        int refused = 0;
        for (Map.Entry<String, Response> answer : answers.entrySet()) {
            Response response = answer.getValue();
            if (response.statusCode() != 201) {
                refused++;
                assertTrue(List.of(502, 503, 504).contains(response.statusCode()), () -> "a clear error, not " + response.asString());
                assertTrue(response.contentType().startsWith("application/problem+json"), response::asString);
            }
        }
        assertTrue(refused > 0, "some submissions met the stopped service");
        System.out.printf("Progress service stopped mid-submissions: %d accepted, %d refused with a clear error%n",
                answers.size() - refused, refused);
        // The units retry what was refused, with the same keys: each is created once, none was half-written.
        for (String[] key : keys) {
            if (answers.get(idempotencyKey(key)).statusCode() != 201) {
                CurrentYearPlan.assertCreated(plan.submit(SYSTEM, key[0], key[1], key[2], "IN_PROGRESS", List.of(), idempotencyKey(key)));
            }
        }
        Response all = SYSTEM.gateway(DevTokens.viewer()).queryParam("planId", plan.id).queryParam("size", 200).get("/api/v1/submissions");
        assertEquals(keys.size(), all.<Integer>path("totalItems"), "every accepted submission kept, and each once");
        for (Response answer : answers.values()) {
            if (answer.statusCode() == 201) {
                SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/submissions/" + answer.path("id")).then().statusCode(200);
            }
        }
    }

    @Test
    void theServicesReconnectByThemselvesAfterPostgresRestarts() throws Exception {
        AtomicInteger created = new AtomicInteger();
        List<Response> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<String> createdCodes = java.util.Collections.synchronizedList(new ArrayList<>());
        ExecutorService load = Executors.newFixedThreadPool(2);
        var running = new java.util.concurrent.atomic.AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        Runnable writes = () -> {
            while (running.get()) {
                String code = "PGR" + sequence.incrementAndGet();
                Response response = SYSTEM.gateway(DevTokens.admin()).body(Samples.unit(code)).post("/api/v1/units");
                if (response.statusCode() == 201) {
                    created.incrementAndGet();
                    createdCodes.add(code);
                } else {
                    failures.add(response);
                }
                pause(Duration.ofMillis(50));
            }
        };
        Runnable reads = () -> {
            while (running.get()) {
                Response response = SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/plans/" + SYSTEM.samplePlanId() + "/digest");
                if (response.statusCode() != 200) {
                    failures.add(response);
                }
                pause(Duration.ofMillis(50));
            }
        };
        load.submit(writes);
        load.submit(reads);
        try {
            awaitUntil(() -> created.get() >= 5, Duration.ofSeconds(30));
            SYSTEM.restartDatabase(() -> {
                int afterRestart = created.get();
                awaitUntil(() -> created.get() >= afterRestart + 10, Duration.ofSeconds(60));
            });
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        }

        System.out.printf("PostgreSQL restart under load: %d writes accepted, %d requests refused while it restarted%n",
                created.get(), failures.size());
        for (Response failure : failures) {
            assertTrue(failure.statusCode() == 503 || failure.statusCode() == 502,
                    () -> "while PostgreSQL restarts, callers are told to retry, not " + failure.asString());
            assertTrue(failure.contentType().startsWith("application/problem+json"), failure::asString);
        }
        for (String code : createdCodes) {
            SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/units/" + code).then().statusCode(200);
        }
        // Writes go on after the restart without restarting any service: reconnected by themselves.
        CurrentYearPlan.assertCreated(SYSTEM.gateway(DevTokens.admin()).body(Samples.unit("PGRLAST")).post("/api/v1/units"));
    }

    private static String idempotencyKey(String[] key) {
        return String.join("-", key);
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not reached within " + timeout);
            }
            pause(Duration.ofMillis(100));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
