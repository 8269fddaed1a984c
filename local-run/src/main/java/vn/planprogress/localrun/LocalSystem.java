package vn.planprogress.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import vn.planprogress.devsupport.DevTokens;

/**
 * The whole system on one machine: PostgreSQL and the four packaged services as child processes,
 * each logging to {@code <dataDir>/logs}. Used by the run command and by the system tests.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    /** The gateway's operator port (metrics) when it listens on its own default port, as in the run command. */
    private static final int DEFAULT_MANAGEMENT_PORT = 9000;

    private final Path projectRoot;
    private final Path dataDirectory;
    private final Map<Service, Integer> ports;
    private final int managementPort;
    private final Database database;
    private final Map<Service, Process> processes = new EnumMap<>(Service.class);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private LocalSystem(Path projectRoot, Path dataDirectory, Map<Service, Integer> ports, Database database) {
        this.projectRoot = projectRoot;
        this.dataDirectory = dataDirectory;
        this.ports = ports;
        // Elsewhere (system tests, checks) any free port, so that runs side by side never meet.
        this.managementPort = ports.get(Service.GATEWAY) == Service.GATEWAY.defaultPort() ? DEFAULT_MANAGEMENT_PORT : freePort();
        this.database = database;
    }

    /** Starts the database and the given services (all when none given), and waits until they are ready. */
    public static LocalSystem start(Path projectRoot, Path dataDirectory, Map<Service, Integer> ports, int databasePort,
                                    Set<Service> services) {
        return start(projectRoot, dataDirectory, ports, databasePort, services, step -> {
        });
    }

    /** The same, telling {@code steps} a line as the database and then each service is ready, with how long it took. */
    public static LocalSystem start(Path projectRoot, Path dataDirectory, Map<Service, Integer> ports, int databasePort,
                                    Set<Service> services, Consumer<String> steps) {
        try {
            Files.createDirectories(dataDirectory.resolve("logs"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Service, Integer> allPorts = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            allPorts.put(service, ports.getOrDefault(service, service.defaultPort()));
        }
        long databaseStart = System.nanoTime();
        Database database = Database.start(dataDirectory.resolve("postgres"), databasePort);
        steps.accept(String.format("%-17s ready in %4.1f s  %s", "PostgreSQL", seconds(databaseStart), database.isEmbedded()
                ? "embedded, " + database.url() + ", data in " + dataDirectory.resolve("postgres") : database.url()));
        LocalSystem system = new LocalSystem(projectRoot, dataDirectory, allPorts, database);
        try {
            Set<Service> wanted = services.isEmpty() ? Set.of(Service.values()) : services;
            for (boolean after : new boolean[] {false, true}) {
                List<Service> stage = wanted.stream().filter(service -> service.startsAfterTheOthers() == after).toList();
                long stageStart = System.nanoTime();
                stage.forEach(system::launch);
                for (Service service : stage) {
                    system.awaitReady(service);
                    steps.accept(String.format("%-17s ready in %4.1f s  %s", service.module(), seconds(stageStart), system.url(service)));
                }
            }
            return system;
        } catch (RuntimeException | Error e) {
            system.close();
            throw e;
        }
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + ports.get(service));
    }

    /** The gateway's management interface, where its /q/metrics answers (never on the public port). */
    public URI managementUrl() {
        return URI.create("http://localhost:" + managementPort);
    }

    public Database database() {
        return database;
    }

    public Path logOf(Service service) {
        return dataDirectory.resolve("logs").resolve(service.module() + ".log");
    }

    /** Starts one service's packaged jar with its settings as environment variables, unless it runs already. */
    public void launch(Service service) {
        Process running = processes.get(service);
        if (running != null && running.isAlive()) {
            return;
        }
        Path jar = projectRoot.resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build first (./mvnw -DskipTests package)");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-Dfile.encoding=UTF-8", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(service).toFile()));
        builder.environment().putAll(environmentOf(service));
        try {
            processes.put(service, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service.module(), e);
        }
    }

    /** Stops one service (for fault tests); {@link #launch} and {@link #awaitReady} start it again. */
    public void stop(Service service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void awaitReady(Service service) {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        URI ready = url(service).resolve("/q/health/ready");
        while (Instant.now().isBefore(deadline)) {
            Process process = processes.get(service);
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException(service.module() + " exited with code " + process.exitValue()
                        + "; see " + logOf(service));
            }
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.module(), e);
            }
            sleep(Duration.ofMillis(300));
        }
        throw new IllegalStateException(service.module() + " was not ready within " + READY_TIMEOUT + "; see " + logOf(service));
    }

    private Map<String, String> environmentOf(Service service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(ports.get(service)));
        env.put("PLANS_URL", url(Service.PLANS).toString());
        env.put("PROGRESS_URL", url(Service.PROGRESS).toString());
        env.put("REPORTS_URL", url(Service.REPORTS).toString());
        env.put("GATEWAY_URL", url(Service.GATEWAY).toString());
        // The development key pair is refused in production unless said so: this is a local trial.
        env.put("PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY", "true");
        if (service.schema() != null) {
            env.put("DB_URL", database.url());
            env.put("DB_USER", database.user(service));
            env.put("DB_PASSWORD", database.password(service));
        }
        if (service == Service.GATEWAY) {
            env.put("MANAGEMENT_PORT", String.valueOf(managementPort));
        }
        if (service == Service.REPORTS) {
            // Scheduled jobs have no caller whose token they could pass on.
            env.put("REPORTS_CLIENT_TOKEN", DevTokens.mint("service:reports", Set.of("viewer"), null, Duration.ofDays(365)));
            // A trial on one machine: webhook receivers run beside it, on the loopback (the services' own ports stay refused).
            env.put("WEBHOOKS_ALLOW_LOOPBACK", "true");
        }
        return env;
    }

    /** A port nothing listens on now, for a service of a run that must not meet another's. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (Service service : List.copyOf(processes.keySet())) {
            stop(service);
        }
        database.close();
    }
}
