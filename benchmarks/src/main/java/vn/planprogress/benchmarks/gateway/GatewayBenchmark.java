package vn.planprogress.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.planprogress.benchmarks.ProcessUsage;
import vn.planprogress.benchmarks.ProcessUsage.Spent;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.LocalSystem;
import vn.planprogress.localrun.SampleLoader;
import vn.planprogress.localrun.Service;

/**
 * The gateway benchmark: the same reads ({@code GET /api/v1/plans/{id}}, the seed plan) and writes
 * ({@code POST /api/v1/units}, a new unit each time) in one run, straight at the plans service,
 * through the gateway, through the {@link BareRouter} (the gateway's route and token check on a bare
 * Vert.x router, without Quarkus) and through nginx configured as a plain reverse proxy to the same
 * service (the reference to beat), with wrk. Prints throughput, p50 and p99 latency and their ratios
 * to direct, and the CPU per request of the plans service and of the proxy over the measured rounds;
 * then each process's start time (launch to ready) and resident memory after start, after the
 * benchmark and at most. Figures, not a test: nothing is asserted. Run it with {@code scripts/bench-gateway}.
 *
 * <p>The machine's other load drifts while the runs go on, so the routes take turns: {@code --rounds}
 * rounds, each measuring every route for {@code --seconds}, in a rotating order; throughput is the
 * total over the rounds, latencies the median of the rounds'. Options: {@code --rounds N} (3),
 * {@code --seconds N} (10), {@code --warmup N} seconds per route and warm-up pass (20),
 * {@code --connections N} (16), {@code --threads N} (2). Warm-up passes (every route, {@code --warmup}
 * seconds each) go on until the JIT compiler threads of every JVM on the routes spent under
 * {@value Spent#JIT_SETTLED_PERCENT}% of its CPU in the last pass, {@value #WARM_UP_PASSES} passes at most:
 * what is measured is then what a long-running process costs, not its compiling.
 */
public final class GatewayBenchmark {

    /** Where the requests go. */
    enum Route {
        DIRECT(null), GATEWAY("gateway"), BARE("bare router"), NGINX("nginx");

        /** The process between wrk and the plans service, as the processes table names it; none for direct. */
        final String proxy;

        Route(String proxy) {
            this.proxy = proxy;
        }
    }

    static final int WARM_UP_PASSES = 6;

    /**
     * A route's figures over the measured rounds: wrk's, and the CPU the plans service and the proxy
     * spent meanwhile (the proxy's JIT compiler threads' part of it apart).
     */
    record Measured(WrkRun run, Spent plans, Spent proxy) {

        double plansCpuPerRequest() {
            return (double) plans.cpuMillis() / run.requests();
        }

        double proxyCpuPerRequest() {
            return (double) proxy.cpuMillis() / run.requests();
        }
    }

    /**
     * A process of the run, with its descendants (nginx's workers; the JVMs have none): how long it
     * took from launch to ready, and its resident memory then.
     */
    record Started(String name, ProcessHandle handle, double startSeconds, long rssAfterStartKiB) {

        static Started now(String name, ProcessHandle handle, double startSeconds) {
            return new Started(name, handle, startSeconds, ProcessUsage.treeRssKiB(handle));
        }

        Spent spent() {
            return ProcessUsage.spent(handle);
        }

        long rssKiB() {
            return ProcessUsage.treeRssKiB(handle);
        }

        long peakRssKiB() {
            return ProcessUsage.treePeakRssKiB(handle);
        }

        String label() {
            long size = ProcessUsage.treeSize(handle);
            return size > 1 ? name + " (" + size + " processes)" : name;
        }
    }

    /** How often a starting process is asked whether it is ready: the start times' resolution. */
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** The embedded PostgreSQL's start-up chatter is not a figure. */
    private static final Logger QUIET = Logger.getLogger("io.zonky");

    private final Map<String, Integer> options = new LinkedHashMap<>(Map.of("rounds", 3, "seconds", 10, "warmup", 20,
            "connections", 16, "threads", 2));
    private final Path work;
    /** The processes whose start, memory and CPU are printed, in the order they started. */
    private final Map<String, Started> processes = new LinkedHashMap<>();

    private GatewayBenchmark(Path work) {
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        QUIET.setLevel(Level.WARNING);
        Path root = Path.of("").toAbsolutePath();
        Path work = root.resolve("benchmarks/target/bench-run");
        deleteRecursively(work);
        Files.createDirectories(work);
        GatewayBenchmark benchmark = new GatewayBenchmark(work);
        for (int i = 0; i + 1 < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!benchmark.options.containsKey(name)) {
                System.err.println("usage: bench-gateway [--rounds N] [--seconds N] [--warmup N] [--connections N] [--threads N]");
                System.exit(2);
            }
            benchmark.options.put(name, Integer.parseInt(args[i + 1]));
        }
        benchmark.run(root);
    }

    private void run(Path root) throws Exception {
        System.out.println("Starting PostgreSQL and the services one at a time (logs in " + work.resolve("logs") + ") ...");
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        try (LocalSystem system = startSystem(root, ports)) {
            String planId = new SampleLoader(system.url(Service.PLANS)).load(root.resolve("samples"));
            int barePort = freePort();
            Process bare = startBareRouter(system.url(Service.PLANS), barePort);
            int nginxPort = freePort();
            Process nginx = startNginx(system.url(Service.PLANS), nginxPort);
            try {
                Map<Route, URI> routes = new EnumMap<>(Map.of(
                        Route.DIRECT, system.url(Service.PLANS),
                        Route.GATEWAY, system.url(Service.GATEWAY),
                        Route.BARE, URI.create("http://localhost:" + barePort),
                        Route.NGINX, URI.create("http://localhost:" + nginxPort)));
                Path read = script("read.lua", readScript(planId));
                Path write = script("write.lua", writeScript());
                String loadBefore = ProcessUsage.loadAverage();
                System.out.printf("%nwrk: %d threads, %d connections; %d rounds of %d s per route, after warm-up passes of %d s per route%n",
                        options.get("threads"), options.get("connections"), options.get("rounds"), options.get("seconds"),
                        options.get("warmup"));
                Map<Route, Measured> reads = measure("read  GET /api/v1/plans/{id}", routes, read);
                Map<Route, Measured> writes = measure("write POST /api/v1/units", routes, write);
                report("read  GET /api/v1/plans/{id}", reads);
                report("write POST /api/v1/units", writes);
                reportProcesses();
                System.out.printf("%nload average before / after: %s / %s (on %d cores)%n", loadBefore, ProcessUsage.loadAverage(),
                        Runtime.getRuntime().availableProcessors());
            } finally {
                for (Process proxy : List.of(nginx, bare)) {
                    proxy.destroy();
                    proxy.waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /**
     * The database, then each service alone, so that each start time (launch to ready, polled every
     * {@link #POLL}) is its own: the plans service, which LocalSystem launches as soon as the database
     * is ready, then the progress, reports and gateway services in the order they depend on each other.
     */
    private LocalSystem startSystem(Path root, Map<Service, Integer> ports) throws Exception {
        URI plans = URI.create("http://localhost:" + ports.get(Service.PLANS));
        CompletableFuture<Double> plansStart = new CompletableFuture<>();
        AtomicBoolean databaseReady = new AtomicBoolean();
        LocalSystem system = LocalSystem.start(root, work, ports, 0, EnumSet.of(Service.PLANS), step -> {
            System.out.println("  " + step);
            if (databaseReady.compareAndSet(false, true)) {
                // The database is ready: the plans service is launched next.
                long launched = System.nanoTime();
                CompletableFuture.runAsync(() -> plansStart.complete(secondsUntil(launched, "plans-service", () -> true,
                        () -> healthReady(plans))));
            }
        });
        try {
            processes.put(Service.PLANS.module(), Started.now(Service.PLANS.module(), childRunning(Service.PLANS),
                    plansStart.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)));
            for (Service service : List.of(Service.PROGRESS, Service.REPORTS, Service.GATEWAY)) {
                long launched = System.nanoTime();
                system.launch(service);
                ProcessHandle handle = childRunning(service);
                double seconds = secondsUntil(launched, service.module(), handle::isAlive, () -> healthReady(system.url(service)));
                system.awaitReady(service);
                processes.put(service.module(), Started.now(service.module(), handle, seconds));
                System.out.printf("  %-17s ready in %4.1f s  %s%n", service.module(), seconds, system.url(service));
            }
            return system;
        } catch (Exception | Error e) {
            system.close();
            throw e;
        }
    }

    /** The child process LocalSystem launched for the service: the java running its packaged jar. */
    private static ProcessHandle childRunning(Service service) {
        String jar = service.module() + "/target/quarkus-app/quarkus-run.jar";
        return ProcessHandle.current().children()
                .filter(child -> child.info().arguments().stream().flatMap(Arrays::stream).anyMatch(argument -> argument.endsWith(jar)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No child process runs " + jar));
    }

    /** Seconds from {@code launched} until {@code ready} holds; fails when the process ends first or after {@link #START_TIMEOUT}. */
    private static double secondsUntil(long launched, String name, BooleanSupplier alive, BooleanSupplier ready) {
        long deadline = launched + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (ready.getAsBoolean()) {
                return (System.nanoTime() - launched) / 1e9;
            }
            if (!alive.getAsBoolean()) {
                throw new IllegalStateException(name + " exited before it was ready; see its log");
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + START_TIMEOUT);
    }

    private static boolean healthReady(URI service) {
        try {
            return HTTP.send(HttpRequest.newBuilder(service.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    private Map<Route, Measured> measure(String title, Map<Route, URI> routes, Path script) throws Exception {
        Started plans = processes.get(Service.PLANS.module());
        warmUp(title, routes, script, plans);
        Map<Route, List<WrkRun>> rounds = new EnumMap<>(Route.class);
        Map<Route, Spent[]> spent = new EnumMap<>(Route.class);
        Route[] order = Route.values();
        for (int round = 0; round < options.get("rounds"); round++) {
            System.out.printf("%s: round %d of %d ...%n", title, round + 1, options.get("rounds"));
            for (int turn = 0; turn < order.length; turn++) {
                Route route = order[(round + turn) % order.length];
                Started proxy = route.proxy == null ? null : processes.get(route.proxy);
                Spent plansBefore = plans.spent();
                Spent proxyBefore = proxy == null ? Spent.NOTHING : proxy.spent();
                String output = wrk(routes.get(route), script, options.get("seconds"), route.name().charAt(0) + "R" + round);
                Spent[] sums = spent.computeIfAbsent(route, r -> new Spent[] {Spent.NOTHING, Spent.NOTHING});
                sums[0] = sums[0].plus(plans.spent().minus(plansBefore));
                sums[1] = sums[1].plus(proxy == null ? Spent.NOTHING : proxy.spent().minus(proxyBefore));
                rounds.computeIfAbsent(route, r -> new ArrayList<>()).add(WrkRun.parse(output));
            }
        }
        Map<Route, Measured> combined = new EnumMap<>(Route.class);
        rounds.forEach((route, runs) -> combined.put(route, new Measured(WrkRun.combine(runs), spent.get(route)[0], spent.get(route)[1])));
        return combined;
    }

    /** Warm-up passes over every route until the JVMs' compilers have settled (see the class comment). */
    private void warmUp(String title, Map<Route, URI> routes, Path script, Started plans) throws Exception {
        List<Started> jvms = List.of(plans, processes.get(Route.GATEWAY.proxy), processes.get(Route.BARE.proxy));
        for (int pass = 1; pass <= WARM_UP_PASSES; pass++) {
            System.out.printf("%s: warming up, pass %d ...%n", title, pass);
            List<Spent> before = jvms.stream().map(Started::spent).toList();
            for (Route route : Route.values()) {
                wrk(routes.get(route), script, options.get("warmup"), route.name().charAt(0) + "W" + pass);
            }
            StringBuilder shares = new StringBuilder();
            boolean settled = true;
            for (int i = 0; i < jvms.size(); i++) {
                Spent spent = jvms.get(i).spent().minus(before.get(i));
                settled &= spent.jitSettled();
                shares.append(String.format("%s%s %d%%", i == 0 ? "" : ", ", jvms.get(i).name(), spent.jitPercent()));
            }
            System.out.printf("  JIT compiler's share of the CPU in pass %d: %s%n", pass, shares);
            if (settled) {
                return;
            }
        }
        System.out.printf("  (still compiling after %d passes: the figures include some of it, see the JIT column)%n",
                WARM_UP_PASSES);
    }

    private static void report(String title, Map<Route, Measured> figures) {
        WrkRun direct = figures.get(Route.DIRECT).run();
        System.out.printf("%n%s%n", title);
        System.out.printf("  %-8s %10s %9s %9s %9s  %-28s %s%n", "route", "req/s", "p50 ms", "p99 ms", "failed",
                "vs direct (req/s, p50, p99)", "CPU ms/req: plans  proxy (JIT %)");
        for (Route route : Route.values()) {
            Measured measured = figures.get(route);
            WrkRun run = measured.run();
            String ratios = route == Route.DIRECT ? "" : String.format("%.2fx  %.2fx  %.2fx",
                    run.requestsPerSecond() / direct.requestsPerSecond(), run.p50Millis() / direct.p50Millis(),
                    run.p99Millis() / direct.p99Millis());
            String proxyCpu = route == Route.DIRECT ? "-" : String.format("%.3f (%2d%%)", measured.proxyCpuPerRequest(),
                    measured.proxy().jitPercent());
            System.out.printf("  %-8s %10.0f %9.2f %9.2f %9d  %-28s %17.3f %12s%n", route.name().toLowerCase(), run.requestsPerSecond(),
                    run.p50Millis(), run.p99Millis(), run.failures(), ratios, measured.plansCpuPerRequest(), proxyCpu);
        }
        WrkRun gateway = figures.get(Route.GATEWAY).run();
        WrkRun bare = figures.get(Route.BARE).run();
        WrkRun nginx = figures.get(Route.NGINX).run();
        System.out.printf("  gateway vs nginx: %.2fx req/s, %.2fx p50; bare router vs nginx: %.2fx req/s, %.2fx p50%n",
                gateway.requestsPerSecond() / nginx.requestsPerSecond(), gateway.p50Millis() / nginx.p50Millis(),
                bare.requestsPerSecond() / nginx.requestsPerSecond(), bare.p50Millis() / nginx.p50Millis());
        double gatewayCpu = figures.get(Route.GATEWAY).proxyCpuPerRequest();
        double bareCpu = figures.get(Route.BARE).proxyCpuPerRequest();
        System.out.printf("  proxy CPU per request: gateway %.3f ms = bare router %.3f ms + %.3f ms (Quarkus' HTTP layer and the "
                        + "gateway's checks); nginx %.3f ms%n", gatewayCpu, bareCpu, gatewayCpu - bareCpu,
                figures.get(Route.NGINX).proxyCpuPerRequest());
        System.out.printf("  goals: gateway's req/s ratio to direct at least nginx's (%s), p50 <= 1.2x direct (%s)%n",
                verdict(gateway.requestsPerSecond() >= nginx.requestsPerSecond()),
                verdict(gateway.p50Millis() <= 1.2 * direct.p50Millis()));
    }

    private void reportProcesses() {
        System.out.printf("%nprocesses: start (launch to ready), resident memory after start, after the benchmark, at most (MiB)%n");
        System.out.printf("  %-22s %8s %10s %10s %10s%n", "process", "start s", "RSS start", "RSS end", "peak");
        for (Started process : processes.values()) {
            System.out.printf("  %-22s %8.2f %10.1f %10.1f %10.1f%n", process.label(), process.startSeconds(),
                    process.rssAfterStartKiB() / 1024.0, process.rssKiB() / 1024.0, process.peakRssKiB() / 1024.0);
        }
    }

    private static String verdict(boolean met) {
        return met ? "met" : "not met";
    }

    private String wrk(URI target, Path script, int seconds, String runName) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "--latency",
                "-t", String.valueOf(options.get("threads")), "-c", String.valueOf(options.get("connections")),
                "-d", seconds + "s", "--timeout", "10s", "-s", script.toString(), target.toString(), "--", runName));
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed:\n" + output);
        }
        return output;
    }

    private Path script(String name, String text) throws IOException {
        return Files.writeString(work.resolve(name), text);
    }

    private static String readScript(String planId) {
        return """
                wrk.method = "GET"
                wrk.path = "/api/v1/plans/%s"
                wrk.headers["Authorization"] = "Bearer %s"
                wrk.headers["Accept"] = "application/json"
                """.formatted(planId, DevTokens.viewer());
    }

    /** A new unit per request: the code names the run, the wrk thread and a counter, so that codes never repeat. */
    private static String writeScript() {
        return """
                local threads = 0
                function setup(thread)
                  threads = threads + 1
                  thread:set("number", threads)
                end
                local prefix, counter = "", 0
                function init(args)
                  prefix = args[1] .. number .. "-"
                end
                local headers = {
                  ["Authorization"] = "Bearer %s",
                  ["Content-Type"] = "application/json",
                  ["Accept"] = "application/json"
                }
                function request()
                  counter = counter + 1
                  local code = prefix .. counter
                  local body = '{"code":"' .. code .. '","name":"Đơn vị đo tải ' .. code .. '","parentCode":"SKHCN","kind":"DIVISION"}'
                  return wrk.format("POST", "/api/v1/units", headers, body)
                end
                """.formatted(DevTokens.admin());
    }

    /** nginx as a plain reverse proxy to the plans service, with kept-alive connections like the gateway's. */
    private Process startNginx(URI plans, int port) throws IOException {
        Path home = Files.createDirectories(work.resolve("nginx"));
        Path config = Files.writeString(home.resolve("nginx.conf"), """
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log %1$s/access.log;
                  client_body_temp_path %1$s/client_body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  client_max_body_size 2m;
                  upstream plans {
                    server %2$s:%3$d;
                    keepalive 64;
                  }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://plans;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $http_host;
                      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                    }
                  }
                }
                """.formatted(home, "127.0.0.1", plans.getPort(), port));
        String binary = Files.isExecutable(Path.of("/usr/sbin/nginx")) ? "/usr/sbin/nginx" : "nginx";
        long launched = System.nanoTime();
        Process nginx = new ProcessBuilder(binary, "-p", home.toString(), "-c", config.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("nginx.out").toFile())
                .start();
        try {
            // Ready when it listens and has forked its workers.
            double seconds = secondsUntil(launched, "nginx (see " + home.resolve("nginx.out") + " and error.log)", nginx::isAlive,
                    () -> listening(port) && nginx.children().findAny().isPresent());
            processes.put("nginx", Started.now("nginx", nginx.toHandle(), seconds));
            return nginx;
        } catch (RuntimeException e) {
            nginx.destroy();
            throw e;
        }
    }

    /** The {@link BareRouter} in a JVM of its own, on the benchmarks' class path, with the services' heap limit. */
    private Process startBareRouter(URI plans, int port) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-Dfile.encoding=UTF-8", BareRouter.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("logs").resolve("bare-router.log").toFile());
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        builder.environment().put("PORT", String.valueOf(port));
        builder.environment().put("PLANS_URL", plans.toString());
        long launched = System.nanoTime();
        Process bare = builder.start();
        try {
            double seconds = secondsUntil(launched, "the bare router (see " + work.resolve("logs").resolve("bare-router.log") + ")",
                    bare::isAlive, () -> listening(port));
            processes.put(Route.BARE.proxy, Started.now(Route.BARE.proxy, bare.toHandle(), seconds));
            return bare;
        } catch (RuntimeException e) {
            bare.destroy();
            throw e;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
