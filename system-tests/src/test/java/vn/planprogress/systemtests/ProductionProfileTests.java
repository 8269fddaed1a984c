package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;

/**
 * The packaged gateway in the production profile: it refuses the development key unless told so,
 * and verifies tokens with the key and issuer a province configures for its identity provider.
 */
class ProductionProfileTests {

    private static final Path JAR = Path.of("../gateway/target/quarkus-app/quarkus-run.jar").toAbsolutePath().normalize();

    @Test
    void withTheDevelopmentKeyAndNoPermissionTheGatewayRefusesToStart() throws Exception {
        Path log = Files.createTempFile(Path.of("target"), "gateway-prod-", ".log");
        Process gateway = launch(Map.of("PORT", String.valueOf(freePort())), log);

        assertTrue(gateway.waitFor(90, TimeUnit.SECONDS), "the gateway exits");
        assertNotEquals(0, gateway.exitValue());
        String output = Files.readString(log);
        assertTrue(output.contains("Refusing to start: tokens would be verified with the development key"), output);
        assertTrue(output.contains("PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY=true"), output);
    }

    @Test
    void withTheProvincesKeyAndIssuerTheGatewayStartsAndTrustsOnlyTheirTokens() throws Exception {
        KeyPair province = KeyPairGenerator.getInstance("RSA").generateKeyPair();
        Path publicKey = Files.createTempFile(Path.of("target"), "province-", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(province.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        int port = freePort();
        String issuer = "https://kc.example/realms/qn";
        // No service listens behind it: a token the gateway accepts is passed on and meets a 502, one it refuses gets 401.
        String nowhere = "http://localhost:" + freePort();
        Process gateway = launch(Map.of("PORT", String.valueOf(port), "JWT_PUBLIC_KEY_LOCATION", publicKey.toString(),
                        "JWT_ISSUER", issuer, "PLANS_URL", nowhere, "PROGRESS_URL", nowhere, "REPORTS_URL", nowhere),
                Files.createTempFile(Path.of("target"), "gateway-province-", ".log"));
        try {
            awaitLive(gateway, port);
            Instant now = Instant.now();
            String provinceToken = DevTokens.sign(issuer, "nguyen.van.a", Set.of("viewer"), null, now, now.plusSeconds(600),
                    province.getPrivate());

            assertEquals(502, get(port, provinceToken));
            assertEquals(401, get(port, DevTokens.viewer()));
        } finally {
            gateway.destroy();
            gateway.waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void withLogFormatJsonEveryLineIsAJsonObjectCarryingTheRequestAndTraceIds() throws Exception {
        int port = freePort();
        Path log = Files.createTempFile(Path.of("target"), "gateway-json-", ".log");
        Process gateway = launch(Map.of("PORT", String.valueOf(port), "LOG_FORMAT", "json",
                "PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY", "true"), log);
        try {
            awaitLive(gateway, port);
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/plans"))
                    .header("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                    .header("X-Request-Id", "json-log-check").build(), HttpResponse.BodyHandlers.discarding());
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            JsonNode access = null;
            while (access == null && Instant.now().isBefore(deadline)) {
                List<String> lines = Files.readAllLines(log);
                for (String line : lines.stream().filter(line -> !line.isBlank()).toList()) {
                    assertTrue(line.startsWith("{"), () -> "not a JSON line: " + line);
                    JsonNode entry = new ObjectMapper().readTree(line);
                    if ("json-log-check".equals(entry.path("mdc").path("requestId").asText())) {
                        access = entry;
                    }
                }
                Thread.sleep(200);
            }
            assertNotNull(access, "no line of the request");
            assertEquals("4bf92f3577b34da6a3ce929d0e0e4736", access.path("mdc").path("traceId").asText());
        } finally {
            gateway.destroy();
            gateway.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static Process launch(Map<String, String> settings, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY");
        builder.environment().remove("JWT_PUBLIC_KEY_LOCATION");
        builder.environment().put("QUARKUS_PROFILE", "prod");
        // Its operator port too, so that it never meets another gateway on the machine.
        builder.environment().put("MANAGEMENT_PORT", String.valueOf(freePort()));
        builder.environment().putAll(settings);
        return builder.start();
    }

    private static void awaitLive(Process gateway, int port) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(deadline)) {
            assertTrue(gateway.isAlive(), "the gateway is running");
            try {
                if (status(port, "/q/health/live", null) == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the gateway did not start within 90 seconds");
    }

    private static int get(int port, String token) throws Exception {
        return status(port, "/api/v1/plans", token);
    }

    private static int status(int port, String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
