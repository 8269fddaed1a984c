package vn.planprogress.systemtests.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

/**
 * A validating proxy in front of the gateway, for traffic from tools that cannot judge responses
 * against the whole document themselves (newman, a generated client): every exchange is passed on
 * unchanged, judged by {@link Traffic}, and the writes it accepted are kept in a {@link Ledger}.
 * {@code POST /__contract/stop} ends the run.
 */
public final class ContractProxy {

    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings");

    private final URI target;
    private final Traffic traffic;
    private final Ledger ledger = new Ledger();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private final CountDownLatch stopped = new CountDownLatch(1);

    private HttpServer server;

    public ContractProxy(URI target, ApiContract contract) {
        this.target = target;
        this.traffic = new Traffic(contract);
    }

    /** Starts listening on {@code port} of the loopback address. */
    public void start(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 100);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", this::handle);
        server.start();
    }

    /** Waits for {@code POST /__contract/stop}, then stops listening. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
        server.stop(0);
    }

    public Traffic traffic() {
        return traffic;
    }

    public Ledger ledger() {
        return ledger;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            if (path.equals("/__contract/stop")) {
                exchange.sendResponseHeaders(204, -1);
                stopped.countDown();
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String query = exchange.getRequestURI().getRawQuery();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + path + (query == null ? "" : "?" + query)))
                    .timeout(Duration.ofSeconds(30))
                    .method(exchange.getRequestMethod(), body.length == 0 && !hasBody(exchange)
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | IllegalArgumentException e) {
                // Headers the JDK client refuses to send are the caller's fault, not the API's: not counted.
                byte[] detail = ("The validating proxy could not pass this request on: " + e).getBytes();
                exchange.sendResponseHeaders(599, detail.length);
                exchange.getResponseBody().write(detail);
                System.err.println("proxy: not passed on: " + exchange.getRequestMethod() + " " + path + ": " + e);
                return;
            }
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            List<String> mismatches = traffic.record(exchange.getRequestMethod(), path, response.statusCode(), contentType, response.body());
            mismatches.forEach(mismatch -> System.err.println("MISMATCH " + mismatch));
            ledger.record(exchange.getRequestMethod(), path, response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body());
            for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
                String name = header.getKey().toLowerCase(Locale.ROOT);
                if (!NOT_FORWARDED.contains(name) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(header.getKey(), header.getValue());
                }
            }
            byte[] answer = response.body();
            boolean empty = answer.length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(response.statusCode(), empty ? -1 : answer.length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean hasBody(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        return length != null && !length.equals("0") || exchange.getRequestHeaders().containsKey("Transfer-Encoding");
    }
}
