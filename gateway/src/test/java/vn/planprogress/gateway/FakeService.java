package vn.planprogress.gateway;

import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a service behind the gateway, on a port of its own: it records every request that
 * reaches it and answers as the path asks. {@code .../slow}: never; {@code .../stream}: a first
 * chunk, the rest once the test releases it; {@code .../big?bytes=N}: N bytes; {@code /q/openapi}:
 * a document; anything else: an echo of what arrived, with the status of {@code ?status=}.
 */
public final class FakeService {

    /** What reached the service. */
    public record Received(String method, String uri, MultiMap headers, byte[] body) {
        public String header(String name) {
            return headers.get(name);
        }
    }

    private final Vertx vertx;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<Void> streamGate = new CompletableFuture<>();
    private HttpServer server;
    private int port;

    private FakeService(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Starts listening on {@code port} (a free one when 0). */
    public static FakeService start(Vertx vertx, int port) {
        FakeService fake = new FakeService(vertx);
        fake.listen(port);
        return fake;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests received since the last call, and forgets them. */
    public List<Received> drain() {
        List<Received> all = List.copyOf(received);
        received.removeAll(all);
        return all;
    }

    public Received last() {
        if (received.isEmpty()) {
            throw new AssertionError("nothing reached the fake service on port " + port);
        }
        return received.get(received.size() - 1);
    }

    /** Lets the held part of a {@code .../stream} answer go. */
    public void releaseStream() {
        streamGate.complete(null);
    }

    public void stop() {
        if (server != null) {
            await(server.close().toCompletionStage().toCompletableFuture());
            server = null;
        }
    }

    private void listen(int wanted) {
        server = vertx.createHttpServer().requestHandler(this::answer);
        port = await(server.listen(wanted, "localhost").toCompletionStage().toCompletableFuture()).actualPort();
    }

    private void answer(HttpServerRequest request) {
        request.body().onSuccess(body -> {
            received.add(new Received(request.method().name(), request.uri(),
                    MultiMap.caseInsensitiveMultiMap().addAll(request.headers()), body.getBytes()));
            String path = request.path();
            if (path.equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\",\"checks\":[]}");
            } else if (path.equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("openapi", "3.1.0").put("info", new JsonObject().put("title", "Fake service")
                                .put("version", "1")).put("servers", new JsonArray().add(new JsonObject().put("url", "http://gateway.example")))
                                .put("paths", new JsonObject()).encode());
            } else if (path.endsWith("/slow")) {
                vertx.setTimer(60_000, done -> request.response().end());
            } else if (path.endsWith("/stream")) {
                CompletableFuture<Void> gate = streamGate;
                request.response().setChunked(true).putHeader("Content-Type", "text/plain").write("first;");
                gate.thenRun(() -> {
                    streamGate = new CompletableFuture<>();
                    request.response().end("second;");
                });
            } else if (path.endsWith("/big")) {
                int bytes = Integer.parseInt(request.getParam("bytes"));
                request.response().putHeader("Content-Type", "application/octet-stream").end(Buffer.buffer(new byte[bytes]));
            } else {
                echo(request, body);
            }
        });
    }

    private static void echo(HttpServerRequest request, Buffer body) {
        String asked = request.getParam("status");
        int status = asked == null || asked.isEmpty() ? 200 : Integer.parseInt(asked);
        JsonObject headers = new JsonObject();
        request.headers().forEach(header -> headers.put(header.getKey().toLowerCase(),
                headers.getJsonArray(header.getKey().toLowerCase(), new JsonArray()).add(header.getValue())));
        JsonObject echo = new JsonObject()
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("bodyLength", body.length())
                .put("bodySha256", sha256(body.getBytes()))
                .put("body", body.length() <= 4096 ? body.toString(StandardCharsets.UTF_8) : null);
        request.response()
                .setStatusCode(status)
                .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .putHeader("ETag", "\"7\"")
                .putHeader("Location", "/api/v1/plans/0b8f2f3c")
                .putHeader("X-Fake", "yes")
                .putHeader("Keep-Alive", "timeout=5")
                .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")));
        if (status == 204 || status == 304 || request.method().name().equals("HEAD")) {
            request.response().end();
        } else {
            request.response().end(echo.encode());
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("The fake service did not start or stop", e);
        }
    }
}
