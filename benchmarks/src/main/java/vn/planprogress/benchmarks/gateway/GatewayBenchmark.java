package vn.planprogress.benchmarks.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.LocalSystem;
import vn.planprogress.localrun.SampleLoader;
import vn.planprogress.localrun.Service;

/**
 * The gateway benchmark: the same reads ({@code GET /api/v1/plans/{id}}, the seed plan) and writes
 * ({@code POST /api/v1/units}, a new unit each time) in one run, straight at the plans service,
 * through the gateway, and through nginx configured as a plain reverse proxy to the same service
 * (the reference to beat), with wrk. Prints throughput, p50 and p99 latency and their ratios to
 * direct. Figures, not a test: nothing is asserted. Run it with {@code scripts/bench-gateway}.
 *
 * <p>The machine's other load drifts while the runs go on, so the routes take turns: {@code --rounds}
 * rounds, each measuring every route for {@code --seconds}, in a rotating order; throughput is the
 * total over the rounds, latencies the median of the rounds'. Options: {@code --rounds N} (3),
 * {@code --seconds N} (10), {@code --warmup N} seconds per route before the first round (20),
 * {@code --connections N} (16), {@code --threads N} (2).
 */
public final class GatewayBenchmark {

    /** Where the requests go. */
    enum Route { DIRECT, GATEWAY, NGINX }

    /** The embedded PostgreSQL's start-up chatter is not a figure. */
    private static final Logger QUIET = Logger.getLogger("io.zonky");

    private final Map<String, Integer> options = new LinkedHashMap<>(Map.of("rounds", 3, "seconds", 10, "warmup", 20,
            "connections", 16, "threads", 2));
    private final Path work;

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
        System.out.println("Starting PostgreSQL and the services (logs in " + work.resolve("logs") + ") ...");
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, freePort());
        }
        try (LocalSystem system = LocalSystem.start(root, work, ports, 0, EnumSet.allOf(Service.class))) {
            String planId = new SampleLoader(system.url(Service.PLANS)).load(root.resolve("samples"));
            int nginxPort = freePort();
            Process nginx = startNginx(system.url(Service.PLANS), nginxPort);
            try {
                Map<Route, URI> routes = new EnumMap<>(Map.of(
                        Route.DIRECT, system.url(Service.PLANS),
                        Route.GATEWAY, system.url(Service.GATEWAY),
                        Route.NGINX, URI.create("http://localhost:" + nginxPort)));
                Path read = script("read.lua", readScript(planId));
                Path write = script("write.lua", writeScript());
                System.out.printf("%nwrk: %d threads, %d connections; %d rounds of %d s per route, after %d s of warm-up per route%n",
                        options.get("threads"), options.get("connections"), options.get("rounds"), options.get("seconds"),
                        options.get("warmup"));
                Map<Route, WrkRun> reads = measure("read  GET /api/v1/plans/{id}", routes, read);
                Map<Route, WrkRun> writes = measure("write POST /api/v1/units", routes, write);
                report("read  GET /api/v1/plans/{id}", reads);
                report("write POST /api/v1/units", writes);
            } finally {
                nginx.destroy();
                nginx.waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private Map<Route, WrkRun> measure(String title, Map<Route, URI> routes, Path script) throws Exception {
        System.out.printf("%s: warming up ...%n", title);
        for (Route route : Route.values()) {
            wrk(routes.get(route), script, options.get("warmup"), route.name().charAt(0) + "W");
        }
        Map<Route, List<WrkRun>> rounds = new EnumMap<>(Route.class);
        Route[] order = Route.values();
        for (int round = 0; round < options.get("rounds"); round++) {
            System.out.printf("%s: round %d of %d ...%n", title, round + 1, options.get("rounds"));
            for (int turn = 0; turn < order.length; turn++) {
                Route route = order[(round + turn) % order.length];
                String output = wrk(routes.get(route), script, options.get("seconds"), route.name().charAt(0) + "R" + round);
                rounds.computeIfAbsent(route, r -> new ArrayList<>()).add(WrkRun.parse(output));
            }
        }
        Map<Route, WrkRun> combined = new EnumMap<>(Route.class);
        rounds.forEach((route, runs) -> combined.put(route, WrkRun.combine(runs)));
        return combined;
    }

    private static void report(String title, Map<Route, WrkRun> runs) {
        WrkRun direct = runs.get(Route.DIRECT);
        System.out.printf("%n%s%n", title);
        System.out.printf("  %-8s %10s %9s %9s %9s  %-28s %s%n", "route", "req/s", "p50 ms", "p99 ms", "failed",
                "vs direct (req/s, p50, p99)", "");
        for (Route route : Route.values()) {
            WrkRun run = runs.get(route);
            String ratios = route == Route.DIRECT ? "" : String.format("%.2fx  %.2fx  %.2fx",
                    run.requestsPerSecond() / direct.requestsPerSecond(), run.p50Millis() / direct.p50Millis(),
                    run.p99Millis() / direct.p99Millis());
            System.out.printf("  %-8s %10.0f %9.2f %9.2f %9d  %-28s%n", route.name().toLowerCase(), run.requestsPerSecond(),
                    run.p50Millis(), run.p99Millis(), run.failures(), ratios);
        }
        WrkRun gateway = runs.get(Route.GATEWAY);
        WrkRun nginx = runs.get(Route.NGINX);
        System.out.printf("  gateway vs nginx: %.2fx req/s, %.2fx p50%n", gateway.requestsPerSecond() / nginx.requestsPerSecond(),
                gateway.p50Millis() / nginx.p50Millis());
        System.out.printf("  goals: gateway >= 0.85x direct req/s (%s), p50 <= 1.2x direct (%s), within 10%% of nginx (%s)%n",
                verdict(gateway.requestsPerSecond() >= 0.85 * direct.requestsPerSecond()),
                verdict(gateway.p50Millis() <= 1.2 * direct.p50Millis()),
                verdict(gateway.requestsPerSecond() >= 0.9 * nginx.requestsPerSecond()));
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
    private Process startNginx(URI plans, int port) throws IOException, InterruptedException {
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
        Process nginx = new ProcessBuilder(binary, "-p", home.toString(), "-c", config.toString(), "-g", "daemon off;")
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("nginx.out").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            if (!nginx.isAlive()) {
                throw new IllegalStateException("nginx exited; see " + home.resolve("nginx.out") + " and error.log");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return nginx;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        nginx.destroy();
        throw new IllegalStateException("nginx did not listen on " + port);
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
