package vn.planprogress.reports;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A system that receives webhooks, as an integrator would write one, on the loopback: it checks each
 * POST's X-Signature-256 with its copy of the secret (401 when it does not match), keeps each event
 * once by its id (a repeat is answered 200 and dropped), and answers what the test tells it to.
 */
public final class TestReceiver implements AutoCloseable {

    /** One POST as it arrived. */
    public record Received(Map<String, String> headers, byte[] body, boolean signatureValid, boolean repeat, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final HttpServer server;
    private final String secret;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, JsonNode> events = Collections.synchronizedMap(new LinkedHashMap<>());
    private volatile int status = 204;
    /** Answered with this once each for the next so many new events after keeping them (the answer "lost"). */
    private final AtomicInteger failAfterKeeping = new AtomicInteger();

    public TestReceiver(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks", this::receive);
        server.start();
    }

    /** Where to subscribe it: {@code http://127.0.0.1:<port>/hooks/<path>}. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + path;
    }

    /** What it answers from now on (after checking the signature). */
    public void answer(int status) {
        this.status = status;
    }

    /** The next new event is kept, but answered 500, as if the answer was lost on the way. */
    public void loseTheNextAnswer() {
        failAfterKeeping.set(1);
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The events it kept, once each, by id in the order they first came. */
    public Map<String, JsonNode> events() {
        synchronized (events) {
            return new LinkedHashMap<>(events);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        boolean valid = signedWith(secret, headers.get("x-signature-256"), body);
        int answer;
        boolean repeat = false;
        if (!valid) {
            answer = 401;
        } else if (status / 100 != 2) {
            answer = status;
        } else {
            String id = headers.get("x-event-id");
            repeat = events.putIfAbsent(id, new ObjectMapper().readTree(body)) != null;
            answer = !repeat && failAfterKeeping.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : status;
        }
        received.add(new Received(headers, body, valid, repeat, answer));
        byte[] reply = (answer / 100 == 2 ? "" : "Lỗi máy chủ " + answer).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer, reply.length == 0 ? -1 : reply.length);
        if (reply.length > 0) {
            exchange.getResponseBody().write(reply);
        }
        exchange.close();
    }

    /** The receiver's check, in a few lines: HMAC-SHA256(secret, t + "." + body) in hex equals v1. */
    public static boolean signedWith(String secret, String header, byte[] body) {
        try {
            String t = header.substring(2, header.indexOf(','));
            String v1 = header.substring(header.indexOf(",v1=") + 4);
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = java.util.HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, v1.getBytes(StandardCharsets.US_ASCII));
        } catch (RuntimeException | java.security.GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
