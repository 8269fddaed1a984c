package vn.planprogress.benchmarks.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import vn.planprogress.benchmarks.ProcessUsage;
import vn.planprogress.benchmarks.ProcessUsage.Spent;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.EmbeddedDatabase;

/**
 * Prints how long the packaged reports service takes to build the live report of one plan and the
 * provincial roll-up of 30 plans, and its peak resident memory, beside the time of the same figures
 * computed in plain SQL over the same rows (the floor), at 1x and 4x the province's size.
 * Run by {@code scripts/bench-reports}; not a test: it asserts nothing but that the figures agree.
 */
public final class ReportsBenchmark {

    private static final Instant AS_OF = Instant.parse("2023-01-31T00:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARM_UP_PASSES = 10;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ReportsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path jar = root.resolve("reports-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run scripts/bench-reports, which builds it");
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-5s %6s %9s %12s %10s | %12s %10s %6s | %12s %10s %6s | %14s",
                "scale", "plans", "tasks", "submissions", "revisions", "report ms", "SQL ms", "x SQL", "roll-up ms", "SQL ms", "x SQL",
                "service peak RSS"));
        try (EmbeddedDatabase database = EmbeddedDatabase.startTemporary()) {
            for (int scale : new int[] {1, 4}) {
                lines.add(run(scale, database, jar));
                System.out.println(lines.get(lines.size() - 1));
            }
        }
        System.out.println();
        lines.forEach(System.out::println);
    }

    private static String run(int scale, EmbeddedDatabase database, Path jar) throws Exception {
        System.out.println("scale " + scale + "x: generating the province ...");
        ProvinceDataSet data = new ProvinceDataSet(scale);
        List<UUID> all = data.plans.stream().map(ProvinceDataSet.Plan::id).toList();
        UUID one = all.get(0);
        double sqlReport;
        double sqlRollup;
        long[] sqlCounts;
        try (SqlFloor floor = new SqlFloor(database.jdbcUrl(), EmbeddedDatabase.USER)) {
            System.out.println("scale " + scale + "x: loading " + data.revisions.size() + " revisions into PostgreSQL ...");
            floor.load(data);
            sqlReport = median(5, 3, () -> floor.report(List.of(one), AS_OF));
            sqlRollup = median(3, 1, () -> floor.report(all, AS_OF));
            sqlCounts = floor.completeness(one, AS_OF);
        }
        System.out.println("scale " + scale + "x: starting the reports service ...");
        try (SourcesServer sources = new SourcesServer(data); Service service = Service.start(jar, database, sources.url())) {
            String report = "/api/v1/reports/plans/" + one + "?asOf=" + AS_OF;
            String rollup = "/api/v1/reports/rollups?parentPlanNumber=34%2FKH-UBND&asOf=" + AS_OF;
            JsonNode counts = JSON.readTree(service.get(report)).path("completeness").path("counts");
            long[] serviceCounts = {counts.path("expected").asLong(), counts.path("received").asLong(), counts.path("onTime").asLong(),
                    counts.path("late").asLong(), counts.path("missing").asLong()};
            if (!Arrays.equals(sqlCounts, serviceCounts)) {
                throw new IllegalStateException("The service and SQL disagree: " + Arrays.toString(serviceCounts) + " vs " + Arrays.toString(sqlCounts));
            }
            warmUp(scale, service, report, rollup);
            double serviceReport = median(5, 5, () -> service.get(report));
            double serviceRollup = median(3, 1, () -> service.get(rollup));
            long submissions = data.revisions.stream().filter(r -> r.revision() == 1).count();
            return String.format("%-5s %6d %9d %12d %10d | %12.1f %10.1f %6.1f | %12.1f %10.1f %6.1f | %11d MB",
                    scale + "x", data.plans.size(), data.plans.size() * data.plans.get(0).tasks().size(), submissions,
                    data.revisions.size(), serviceReport, sqlReport, serviceReport / sqlReport, serviceRollup, sqlRollup,
                    serviceRollup / sqlRollup, ProcessUsage.peakRssKiB(service.process().pid()) / 1024);
        }
    }

    /**
     * Warm-up passes, each a roll-up (every plan) and 20 reports of the one plan, until the service's JIT
     * compiler threads took under {@value Spent#JIT_SETTLED_PERCENT}% of its CPU in a pass ({@value #WARM_UP_PASSES} passes at most): a
     * service still compiling its hot paths is not the service that runs for weeks. Without them, the
     * one plan's report at 1x measured twice its warm time.
     */
    private static void warmUp(int scale, Service service, String report, String rollup) throws Exception {
        ProcessHandle handle = service.process().toHandle();
        StringBuilder shares = new StringBuilder();
        for (int pass = 1; pass <= WARM_UP_PASSES; pass++) {
            Spent before = ProcessUsage.spent(handle);
            service.get(rollup);
            for (int i = 0; i < 20; i++) {
                service.get(report);
            }
            Spent spent = ProcessUsage.spent(handle).minus(before);
            shares.append(pass == 1 ? "" : ", ").append(spent.jitPercent()).append('%');
            if (spent.jitSettled()) {
                break;
            }
        }
        System.out.println("scale " + scale + "x: the JIT compiler's share of the service's CPU per warm-up pass: " + shares);
    }

    /** The median time in milliseconds of {@code runs} runs, after {@code warmups} untimed ones. */
    private static double median(int runs, int warmups, Callable<?> work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.call();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.call();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }

    /** The packaged service as a child process, on a free port, reading the stand-in services and the embedded database. */
    private record Service(Process process, int port, String token) implements AutoCloseable {

        static Service start(Path jar, EmbeddedDatabase database, String sources) throws Exception {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                    "-Dfile.encoding=UTF-8", "-jar", jar.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(jar.getParent().getParent().resolve("bench-service.log").toFile());
            builder.environment().putAll(java.util.Map.of("PORT", String.valueOf(port), "DB_URL", database.jdbcUrl(),
                    "DB_USER", EmbeddedDatabase.USER, "PLANS_URL", sources, "PROGRESS_URL", sources, "JOBS_TICK_EVERY", "off",
                    "PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY", "true", "QUARKUS_HTTP_ACCESS_LOG_ENABLED", "false"));
            Service service = new Service(builder.start(), port, DevTokens.viewer());
            service.awaitReady();
            return service;
        }

        private void awaitReady() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The reports service exited; see reports-service/target/bench-service.log");
                }
                try {
                    HttpResponse<Void> ready = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                            .build(), HttpResponse.BodyHandlers.discarding());
                    if (ready.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(300);
            }
            throw new IllegalStateException("The reports service was not ready within 2 minutes");
        }

        String get(String path) throws IOException, InterruptedException {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
