package vn.planprogress.systemtests;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import vn.planprogress.localrun.LocalSystem;
import vn.planprogress.localrun.SampleLoader;
import vn.planprogress.localrun.Service;

/**
 * The whole system, started once for all system tests of a run: an embedded PostgreSQL and the
 * four packaged services ({@code ../<module>/target/quarkus-app/quarkus-run.jar}) on free ports,
 * with data and logs in a new directory under {@code target/}, and the sample plan loaded and issued.
 * Every response its requests get is judged against the OpenAPI documents. It stops when the test JVM ends.
 */
public final class RunningSystem {

    private static RunningSystem started;
    private static RuntimeException failedToStart;

    private final LocalSystem system;
    private final String samplePlanId;
    private final ContractValidation contract = new ContractValidation(this);

    private RunningSystem(LocalSystem system, String samplePlanId) {
        this.system = system;
        this.samplePlanId = samplePlanId;
    }

    public static synchronized RunningSystem get() {
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (started == null) {
            try {
                started = start();
            } catch (RuntimeException e) {
                failedToStart = e;
                throw e;
            }
            RunningSystem system = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (ContractValidation.ENABLED) {
                    system.contract.write();
                }
                system.system.close();
            }, "system-under-test-stop"));
        }
        return started;
    }

    private static RunningSystem start() {
        Path root = Path.of("..").toAbsolutePath().normalize();
        try {
            Path target = Files.createDirectories(Path.of("target").toAbsolutePath());
            Path data = Files.createTempDirectory(target, "system-run-");
            Map<Service, Integer> ports = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                ports.put(service, freePort());
            }
            LocalSystem system = LocalSystem.start(root, data, ports, 0, EnumSet.allOf(Service.class));
            try {
                return new RunningSystem(system, new SampleLoader(system.url(Service.PLANS)).load(root.resolve("samples")));
            } catch (IOException | InterruptedException | RuntimeException e) {
                system.close();
                throw new IllegalStateException("The sample could not be loaded", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The id of the seed plan (issued), loaded at start. */
    public String samplePlanId() {
        return samplePlanId;
    }

    public URI url(Service service) {
        return system.url(service);
    }

    /** The gateway's management interface (its /q/metrics), which the public port does not serve. */
    public URI managementUrl() {
        return system.managementUrl();
    }

    /**
     * A request to the gateway, with a bearer token unless it is null. Its response must be one the
     * gateway's combined OpenAPI document allows (see {@link ContractValidation}).
     */
    public RequestSpecification gateway(String token) {
        return to(Service.GATEWAY, token);
    }

    /** A request straight to a service, past the gateway; its response must be one the service's document allows. */
    public RequestSpecification direct(Service service, String token) {
        return to(service, token);
    }

    public void stop(Service service) {
        contract.serviceStopped();
        system.stop(service);
    }

    /**
     * Stops PostgreSQL and starts it again on the same data and port, then runs {@code untilRecovered}
     * (which waits for the services to have reconnected by themselves) and waits for every service
     * to be ready again, so that the next test finds the system as it was. Answers meanwhile count as
     * during an outage: their 503s are the point.
     */
    public void restartDatabase(Runnable untilRecovered) {
        contract.serviceStopped();
        try {
            system.database().restart();
            untilRecovered.run();
            for (Service service : Service.values()) {
                system.awaitReady(service);
            }
        } finally {
            contract.serviceStarted();
        }
    }

    public void start(Service service) {
        system.launch(service);
        system.awaitReady(service);
        contract.serviceStarted();
    }

    /** Waits up to 20 seconds for a line of the service's log to match; the line, or null. */
    public String awaitLogLine(Service service, Predicate<String> matching) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            try (Stream<String> lines = Files.lines(system.logOf(service))) {
                String line = lines.filter(matching).findFirst().orElse(null);
                if (line != null) {
                    return line;
                }
            } catch (IOException | UncheckedIOException notYetWritten) {
                // read again
            }
            pause();
        }
        return null;
    }

    private RequestSpecification to(Service service, String token) {
        RequestSpecification request = given().baseUri(url(service).toString()).contentType("application/json");
        if (ContractValidation.ENABLED) {
            request.filter(contract.filterFor(service));
        }
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
