package vn.planprogress.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The services behind the gateway in its tests: fake plans and reports services on free ports,
 * and a progress service that is down (nothing listens on its port) until a test starts one there.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    private static Vertx vertx;
    private static FakeService plans;
    private static FakeService reports;
    private static int progressPort;

    @Override
    public synchronized Map<String, String> start() {
        vertx = Vertx.vertx();
        plans = FakeService.start(vertx, 0);
        reports = FakeService.start(vertx, 0);
        progressPort = freePort();
        return Map.of(
                "planprogress.gateway.routes.plans", plans.url(),
                "planprogress.gateway.routes.progress", "http://localhost:" + progressPort,
                "planprogress.gateway.routes.reports", reports.url());
    }

    @Override
    public synchronized void stop() {
        plans.stop();
        reports.stop();
        vertx.close();
    }

    public static FakeService plans() {
        return plans;
    }

    public static FakeService reports() {
        return reports;
    }

    /** Starts a progress service where the gateway expects it; stop it again at the end of the test. */
    public static FakeService startProgress() {
        return FakeService.start(vertx, progressPort);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
