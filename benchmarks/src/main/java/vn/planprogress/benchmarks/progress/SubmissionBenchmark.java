package vn.planprogress.benchmarks.progress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import vn.planprogress.benchmarks.ProcessUsage;
import vn.planprogress.benchmarks.ProcessUsage.Spent;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.EmbeddedDatabase;

/**
 * Fires N submissions at the packaged progress service (an embedded PostgreSQL behind it, the seed plan
 * served by a stub plans service, the plan cache warm) and prints throughput, p50/p99 latency and the
 * service's peak RSS; then makes the same inserts straight through JDBC, as the ceiling, and prints the
 * ratio. Run by {@code scripts/bench-progress}; not a test.
 */
public final class SubmissionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERIOD = "2022";
    private static final LocalDate UNIT_DEADLINE = LocalDate.of(2022, 11, 10);
    private static final int ROUNDS = 3;
    private static final int WARM_UP_PASSES = 20;

    /** One submission of the benchmark: a copy of the seed plan (planId), one of its tasks, a unit that takes part in it. */
    record Key(UUID planId, String taskCode, String unitCode, boolean indicators) {
    }

    public static void main(String[] args) throws Exception {
        int submissions = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Path serviceJar = Path.of(args.length > 2 ? args[2] : "progress-service/target/quarkus-app/quarkus-run.jar");
        String digest = seedDigest();
        List<String[]> pairs = taskUnitPairs(digest);

        try (EmbeddedDatabase database = EmbeddedDatabase.startTemporary()) {
            WireMockServer plans = new WireMockServer(options().dynamicPort());
            plans.start();
            // Every plan id gets the seed plan: as many copies of it as the submissions need distinct keys.
            plans.stubFor(get(urlPathMatching("/api/v1/plans/[^/]+/digest")).willReturn(aResponse()
                    .withStatus(200).withHeader("Content-Type", "application/json").withBody(digest)));
            int port = freePort();
            Process service = startService(serviceJar, database, plans.baseUrl(), port);
            try {
                URI base = URI.create("http://localhost:" + port);
                awaitReady(base, service);
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                String token = DevTokens.admin();

                int warmUpPass = args.length > 3 ? Integer.parseInt(args[3]) : Math.max(3_000, submissions);
                warmUp(service.toHandle(), client, base, token, pairs, warmUpPass, concurrency);
                rawInserts(database, keys(warmUpPass, pairs), concurrency);
                String loadBefore = ProcessUsage.loadAverage();
                // Service and raw inserts take turns, so that other load on the machine weighs on both alike.
                List<Run> runs = new ArrayList<>();
                List<Run> ceilings = new ArrayList<>();
                Spent spent = Spent.NOTHING;
                for (int round = 0; round < ROUNDS; round++) {
                    List<Key> measured = keys(submissions / ROUNDS, pairs);
                    warmCache(client, base, token, measured);
                    Spent before = ProcessUsage.spent(service.toHandle());
                    runs.add(fire(client, base, token, measured, concurrency));
                    spent = spent.plus(ProcessUsage.spent(service.toHandle()).minus(before));
                    ceilings.add(rawInserts(database, keys(submissions / ROUNDS, pairs), concurrency));
                }
                Run run = Run.of(runs);
                Run ceiling = Run.of(ceilings);
                long peakRss = ProcessUsage.peakRssKiB(service.pid());

                System.out.printf("%nprogress-service: %d submissions of the seed plan in %d rounds, %d at a time, plan cache warm%n",
                        submissions, ROUNDS, concurrency);
                System.out.printf("  throughput    %8.1f submissions/s (%d refused)%n", run.throughput(), run.failures());
                System.out.printf("  latency       p50 %.1f ms, p99 %.1f ms%n", run.percentile(50), run.percentile(99));
                System.out.printf("  service CPU   %8.2f ms per submission (user + system; goal: at most 1.5), %d%% of it the JIT compiler's%n",
                        (double) spent.cpuMillis() / run.count(), spent.jitPercent());
                System.out.printf("  peak RSS      %8.1f MiB (VmHWM of pid %d)%n", peakRss / 1024.0, service.pid());
                System.out.printf("raw JDBC inserts of the same rows, %d connections, taking turns with the service:%n", concurrency);
                System.out.printf("  throughput    %8.1f submissions/s%n", ceiling.throughput());
                System.out.printf("ratio service / raw JDBC: %.2f (goal: at least 0.5)%n", run.throughput() / ceiling.throughput());
                System.out.printf("load average before / after: %s / %s (on %d cores)%n", loadBefore, ProcessUsage.loadAverage(),
                        Runtime.getRuntime().availableProcessors());
            } finally {
                service.destroy();
                service.waitFor();
                plans.stop();
            }
        }
    }

    record Run(int count, double seconds, int failures, double[] latenciesMs) {

        static Run of(List<Run> rounds) {
            double[] latencies = rounds.stream().flatMapToDouble(r -> Arrays.stream(r.latenciesMs())).sorted().toArray();
            return new Run(rounds.stream().mapToInt(Run::count).sum(), rounds.stream().mapToDouble(Run::seconds).sum(),
                    rounds.stream().mapToInt(Run::failures).sum(), latencies);
        }

        double throughput() {
            return count / seconds;
        }

        double percentile(int p) {
            int index = (int) Math.ceil(p / 100.0 * latenciesMs.length) - 1;
            return latenciesMs[Math.max(0, index)];
        }
    }

    private static Run fire(HttpClient client, URI base, String token, List<Key> keys, int concurrency) throws Exception {
        List<HttpRequest> requests = new ArrayList<>();
        for (Key key : keys) {
            requests.add(HttpRequest.newBuilder(base.resolve("/api/v1/submissions"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body(key)))).build());
        }
        double[] latencies = new double[requests.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
                    long sent = System.nanoTime();
                    HttpResponse<String> answer = client.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
                    latencies[i] = (System.nanoTime() - sent) / 1e6;
                    if (answer.statusCode() != 201) {
                        if (failures.incrementAndGet() == 1) {
                            System.err.println("refused: " + answer.statusCode() + " " + answer.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new Run(requests.size(), seconds, failures.get(), latencies);
    }

    /**
     * Warm-up passes of {@code perPass} submissions until the service's JIT compiler threads took under
     * {@value Spent#JIT_SETTLED_PERCENT}% of its CPU in a pass ({@value #WARM_UP_PASSES} passes at most): a service
     * still compiling its hot paths is not the service that runs for weeks. Each pass is shaped like a measured
     * round, its plans' digests read first (a GET) and then its submissions: passes of submissions alone left the
     * JIT 3% and the measured rounds, whose GETs sent the compiled POST path back to the interpreter, 29%.
     */
    private static void warmUp(ProcessHandle service, HttpClient client, URI base, String token, List<String[]> pairs,
                               int perPass, int concurrency) throws Exception {
        StringBuilder shares = new StringBuilder();
        for (int pass = 1; pass <= WARM_UP_PASSES; pass++) {
            Spent before = ProcessUsage.spent(service);
            List<Key> keys = keys(perPass, pairs);
            warmCache(client, base, token, keys);
            fire(client, base, token, keys, concurrency);
            Spent spent = ProcessUsage.spent(service).minus(before);
            shares.append(pass == 1 ? "" : ", ").append(spent.jitPercent()).append('%');
            if (spent.jitSettled()) {
                break;
            }
        }
        System.out.println("the JIT compiler's share of the service's CPU per warm-up pass of " + perPass + " submissions: " + shares);
    }

    /** One read per plan, so that every digest the measured run needs is already kept. */
    private static void warmCache(HttpClient client, URI base, String token, List<Key> keys) throws Exception {
        for (UUID plan : keys.stream().map(Key::planId).distinct().toList()) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(
                            "/api/v1/submissions/outstanding?period=" + PERIOD + "&planId=" + plan))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("Warming the plan cache failed: " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    /** The same rows the service writes for each submission (its head and first revision), one transaction each. */
    private static Run rawInserts(EmbeddedDatabase database, List<Key> keys, int concurrency) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Connection connection = DriverManager.getConnection(database.jdbcUrl() + "&currentSchema=progress");
            connection.setAutoCommit(false);
            connections.add(connection);
        }
        long start = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (Connection connection : connections) {
            workers.add(pool.submit(() -> {
                try (PreparedStatement head = connection.prepareStatement("""
                        insert into submission (id, plan_id, task_code, unit_code, period, revision, state, created_by, created_at)
                        values (?, ?, ?, ?, ?, 1, 'SUBMITTED', 'admin@dev', ?)""");
                     PreparedStatement revision = connection.prepareStatement("""
                        insert into revision (submission_id, number, draft, status, indicator_values, summary, difficulties, proposals,
                            evidence, late_correction, unit_deadline, first_submitted_at, late, plan_version, submitted_by, submitted_at)
                        values (?, 1, false, 'IN_PROGRESS', ?::jsonb, ?, ?, ?, ?::jsonb, false, ?, ?, false, 3, 'admin@dev', ?)""")) {
                    for (int i = next.getAndIncrement(); i < keys.size(); i = next.getAndIncrement()) {
                        insert(head, revision, keys.get(i));
                        connection.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        for (Connection connection : connections) {
            connection.close();
        }
        return new Run(keys.size(), seconds, 0, new double[0]);
    }

    private static void insert(PreparedStatement head, PreparedStatement revision, Key key) throws SQLException, IOException {
        Map<String, Object> body = body(key);
        UUID id = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        head.setObject(1, id);
        head.setObject(2, key.planId());
        head.setString(3, key.taskCode());
        head.setString(4, key.unitCode());
        head.setString(5, PERIOD);
        head.setTimestamp(6, now);
        head.executeUpdate();
        revision.setObject(1, id);
        revision.setString(2, JSON.writeValueAsString(body.get("values")));
        revision.setString(3, (String) body.get("summary"));
        revision.setString(4, (String) body.get("difficulties"));
        revision.setString(5, (String) body.get("proposals"));
        revision.setString(6, JSON.writeValueAsString(body.get("evidence")));
        revision.setObject(7, UNIT_DEADLINE);
        revision.setTimestamp(8, now);
        revision.setTimestamp(9, now);
        revision.executeUpdate();
    }

    private static Map<String, Object> body(Key key) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", key.planId().toString());
        body.put("taskCode", key.taskCode());
        body.put("unitCode", key.unitCode());
        body.put("period", PERIOD);
        body.put("status", "IN_PROGRESS");
        body.put("values", key.indicators() ? List.of(
                Map.of("indicatorCode", "BT", "value", 5),
                Map.of("indicatorCode", "CM", "partCode", "PT", "value", 12),
                Map.of("indicatorCode", "CM", "partCode", "TH", "value", 12),
                Map.of("indicatorCode", "CM", "partCode", "BAO", "value", 10)) : List.of());
        body.put("summary", "Đã xuất bản 05 bản tin và 34 chuyên mục khoa học và công nghệ");
        body.put("difficulties", "Kinh phí hạn chế");
        body.put("proposals", "Đề nghị bổ sung kinh phí");
        body.put("evidence", List.of(Map.of("url", "https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022")));
        return body;
    }

    /** As many distinct submissions as asked: every (task, unit) pair of a copy of the seed plan, then the next copy. */
    private static List<Key> keys(int count, List<String[]> pairs) {
        List<Key> keys = new ArrayList<>();
        UUID plan = UUID.randomUUID();
        for (int i = 0; i < count; i++) {
            if (i > 0 && i % pairs.size() == 0) {
                plan = UUID.randomUUID();
            }
            String[] pair = pairs.get(i % pairs.size());
            keys.add(new Key(plan, pair[0], pair[1], pair[0].equals("III.3")));
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static List<String[]> taskUnitPairs(String digest) throws IOException {
        List<String[]> pairs = new ArrayList<>();
        for (Map<String, Object> task : (List<Map<String, Object>>) JSON.readValue(digest, Map.class).get("tasks")) {
            List<String> units = new ArrayList<>((List<String>) task.get("leadUnits"));
            units.addAll((List<String>) task.get("coordinatingUnits"));
            for (String unit : units) {
                pairs.add(new String[] {(String) task.get("code"), unit});
            }
        }
        return pairs;
    }

    private static Process startService(Path jar, EmbeddedDatabase database, String plansUrl, int port) throws IOException {
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build it with ./mvnw -pl progress-service -am package -DskipTests");
        }
        Path log = Path.of("progress-service/target/bench-service.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String javaOptions = System.getenv("SERVICE_JAVA_OPTS");
        if (javaOptions != null && !javaOptions.isBlank()) {
            command.addAll(List.of(javaOptions.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.put("PORT", String.valueOf(port));
        env.put("DB_URL", database.jdbcUrl());
        env.put("DB_USER", EmbeddedDatabase.USER);
        env.put("PLANS_URL", plansUrl);
        env.put("PLAN_CACHE_SIZE", "10000");
        env.put("PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY", "true");
        System.out.println("progress-service starting on port " + port + " (log: " + log + ")");
        return builder.start();
    }

    private static void awaitReady(URI base, Process service) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new IllegalStateException("progress-service exited with " + service.exitValue() + "; see its log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("progress-service was not ready within 120 s");
    }

    private static String seedDigest() throws IOException {
        try (InputStream in = SubmissionBenchmark.class.getResourceAsStream("/plans/seed-digest.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private SubmissionBenchmark() {
    }
}
