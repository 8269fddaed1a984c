package vn.planprogress.systemtests.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Database;
import vn.planprogress.localrun.LocalSystem;
import vn.planprogress.localrun.SampleLoader;
import vn.planprogress.localrun.Service;

/**
 * The restore drill ({@code scripts/restore-drill}): a system on free ports and an embedded PostgreSQL
 * plays the seed's year through the gateway (the sample, the units' demo progress, a correction, a
 * review, a snapshot, a run of the daily job); {@code scripts/backup} dumps it; {@code scripts/restore}
 * puts the dump on a fresh PostgreSQL; the services start on that one; and everything the API shows
 * must be as it was: every list and item, the live reports, every snapshot's documents byte for byte.
 * Prints one line, {@code restore-drill: requests=N documents=N differences=N ...}, and exits non-zero on
 * any difference.
 * <pre>java -cp system-tests/target/system-tests.jar:system-tests/target/lib/* vn.planprogress.systemtests.drill.RestoreDrill DIR</pre>
 */
public final class RestoreDrill {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RestoreDrill() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        Path directory = root.resolve(args[0]);
        Files.createDirectories(directory);
        Path dump = directory.resolve("planprogress.dump");
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            ports.put(service, LocalSystem.freePort());
        }
        Instant started = Instant.now();

        Inventory before;
        String asOf;
        try (LocalSystem original = LocalSystem.start(root, directory.resolve("original"), ports, LocalSystem.freePort(),
                EnumSet.allOf(Service.class))) {
            playTheYear(original.url(Service.GATEWAY), root.resolve("samples"));
            asOf = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
            before = Inventory.of(original.url(Service.GATEWAY), asOf);
            original.database().backup(root, dump);
            Inventory stillBefore = Inventory.of(original.url(Service.GATEWAY), asOf);
            if (!stillBefore.differencesFrom(before).isEmpty()) {
                throw new IllegalStateException("The system changed while it was backed up: " + stillBefore.differencesFrom(before).get(0));
            }
        }
        Instant backedUp = Instant.now();

        // A fresh server with the roles and empty schemas a new installation has, the dump restored onto it.
        Path restored = directory.resolve("restored");
        int restoredPort = LocalSystem.freePort();
        try (Database fresh = Database.start(restored.resolve("postgres"), restoredPort)) {
            fresh.restore(root, dump);
        }
        List<String> differences;
        Inventory after;
        try (LocalSystem system = LocalSystem.start(root, restored, ports, restoredPort, EnumSet.allOf(Service.class))) {
            after = Inventory.of(system.url(Service.GATEWAY), asOf);
            differences = before.differencesFrom(after);
        }
        Instant done = Instant.now();

        differences.forEach(difference -> System.out.println("DIFFERENCE " + difference));
        System.out.println("restore-drill: requests=" + before.answers().size() + " documents=" + before.documents()
                + " differences=" + differences.size() + " backup-bytes=" + Files.size(dump)
                + " play-and-backup=" + seconds(started, backedUp) + "s restore-and-compare=" + seconds(backedUp, done) + "s");
        System.exit(differences.isEmpty() && after.answers().size() == before.answers().size() ? 0 : 1);
    }

    /** The seed's year through the gateway, as its people would: what the run command loads, and then a little more. */
    private static void playTheYear(URI gateway, Path samples) throws IOException, InterruptedException {
        SampleLoader loader = new SampleLoader(gateway);
        String plan = loader.load(samples);
        loader.loadDemoProgress(samples, plan);
        JsonNode submissions = send(gateway, "GET", "/api/v1/submissions?planId=" + plan + "&size=200", DevTokens.viewer(), null, null)
                .get("items");
        JsonNode corrected = submissions.get(0);
        ObjectNode correction = JSON.createObjectNode()
                .put("status", corrected.get("status").asText())
                .put("summary", corrected.get("summary").asText() + " Bổ sung: 02 tin bài trên Cổng thông tin điện tử tỉnh.")
                .put("correctionReason", "Bổ sung số liệu sau khi rà soát");
        correction.set("values", corrected.get("values"));
        correction.set("evidence", corrected.get("evidence"));
        send(gateway, "PUT", "/api/v1/submissions/" + corrected.get("id").asText(), DevTokens.reporter(corrected.get("unitCode").asText()),
                correction, "\"" + corrected.get("revision").asText() + "\"");
        JsonNode reviewed = submissions.get(1);
        send(gateway, "POST", "/api/v1/submissions/" + reviewed.get("id").asText() + "/review", DevTokens.planner(),
                JSON.createObjectNode().put("decision", "ACCEPT"), "\"" + reviewed.get("revision").asText() + "\"");
        send(gateway, "POST", "/api/v1/reports/plans/" + plan + "/snapshots", DevTokens.planner(), JSON.createObjectNode(), null);
        send(gateway, "POST", "/api/v1/reports/jobs/daily-snapshots/runs", DevTokens.admin(), null, null);
    }

    private static JsonNode send(URI gateway, String method, String path, String token, JsonNode body, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static long seconds(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds();
    }
}
