package vn.planprogress.reports.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real SMTP server (GreenMail) on a free port, and the service's SMTP settings pointing at it. */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    private static GreenMail server;

    @Override
    public synchronized Map<String, String> start() {
        // A fixed free port, so that a test can stop the server and start it again where the service expects it.
        int free;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            free = socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server = new GreenMail(new ServerSetup(free, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        String port = String.valueOf(free);
        return Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", port, "SMTP_START_TLS", "DISABLED",
                "SMTP_FROM", "nhac-han@planprogress.local");
    }

    @Override
    public synchronized void stop() {
        if (server != null) {
            server.stop();
        }
    }

    public static GreenMail server() {
        return server;
    }
}
