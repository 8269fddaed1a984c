package vn.planprogress.systemtests.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vn.planprogress.devsupport.DevTokens;

/**
 * Everything the API shows of a system's data, read through the gateway as a viewer: every list
 * (units, plans and their versions, submissions with their revisions and reviews, snapshots, job
 * runs), every item, each plan's live report as of one instant, and every snapshot's documents
 * (JSON, CSV, DOCX) as bytes. Two systems holding the same data give equal inventories.
 */
final class Inventory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PAGE_SIZE = 200;
    private static final int ATTEMPTS = 4;
    private static final Duration PAUSE = Duration.ofSeconds(3);

    /** What each request answered: status, ETag and body (documents by their SHA-256 and length). */
    private final Map<String, String> answers = new LinkedHashMap<>();
    private final URI gateway;
    private final String token = DevTokens.viewer();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Inventory(URI gateway) {
        this.gateway = gateway;
    }

    /** Reads the whole system; live reports as of {@code asOf}, so that a later reading states the same figures. */
    static Inventory of(URI gateway, String asOf) throws IOException, InterruptedException {
        Inventory inventory = new Inventory(gateway);
        inventory.pages("/api/v1/units", unit -> { });
        List<String> plans = new ArrayList<>();
        inventory.pages("/api/v1/plans", plan -> plans.add(plan.get("id").asText()));
        for (String plan : plans) {
            inventory.read("/api/v1/plans/" + plan);
            for (JsonNode version : inventory.read("/api/v1/plans/" + plan + "/versions")) {
                inventory.read("/api/v1/plans/" + plan + "/versions/" + version.get("amendment").asText());
            }
            inventory.read("/api/v1/reports/plans/" + plan + "?asOf=" + asOf);
            List<String> submissions = new ArrayList<>();
            inventory.pages("/api/v1/submissions?planId=" + plan, submission -> submissions.add(submission.get("id").asText()));
            for (String submission : submissions) {
                inventory.read("/api/v1/submissions/" + submission);
                inventory.read("/api/v1/submissions/" + submission + "/revisions");
                inventory.read("/api/v1/submissions/" + submission + "/reviews");
            }
            List<String> snapshots = new ArrayList<>();
            inventory.pages("/api/v1/reports/plans/" + plan + "/snapshots", snapshot -> snapshots.add(snapshot.get("id").asText()));
            for (String snapshot : snapshots) {
                for (String format : List.of("json", "csv", "docx")) {
                    inventory.document("/api/v1/reports/snapshots/" + snapshot + "?format=" + format);
                }
            }
        }
        inventory.pages("/api/v1/reports/jobs", run -> { });
        return inventory;
    }

    Map<String, String> answers() {
        return answers;
    }

    /** The requests whose answers differ from {@code other}'s (or that only one of the two made), with both answers' starts. */
    List<String> differencesFrom(Inventory other) {
        List<String> differences = new ArrayList<>();
        for (String request : union(answers, other.answers)) {
            String mine = answers.get(request);
            String theirs = other.answers.get(request);
            if (mine == null || !mine.equals(theirs)) {
                differences.add(request + "\n    before: " + start(mine) + "\n    after:  " + start(theirs));
            }
        }
        return differences;
    }

    long documents() {
        return answers.keySet().stream().filter(request -> request.contains("?format=")).count();
    }

    private void pages(String path, Consumer<JsonNode> each) throws IOException, InterruptedException {
        String separator = path.contains("?") ? "&" : "?";
        for (int page = 0; ; page++) {
            JsonNode body = read(path + separator + "page=" + page + "&size=" + PAGE_SIZE);
            body.get("items").forEach(each);
            if (page + 1 >= body.get("totalPages").asInt()) {
                return;
            }
        }
    }

    private JsonNode read(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        record(path, response, body);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + body);
        }
        return JSON.readTree(body);
    }

    private void document(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        record(path, response, "sha256 " + sha256(response.body()) + ", " + response.body().length + " bytes, "
                + response.headers().firstValue("Content-Type").orElse("no Content-Type"));
    }

    private void record(String path, HttpResponse<byte[]> response, String body) {
        answers.put("GET " + path, response.statusCode() + " " + response.headers().firstValue("ETag").orElse("-") + " " + body);
    }

    /**
     * A GET, asked again after a pause when the gateway answers 502, 503 or 504: services just started
     * answer their first requests slowly on a busy machine, and only the data is compared here.
     */
    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        for (int attempt = 1; attempt < ATTEMPTS && response.statusCode() >= 502 && response.statusCode() <= 504; attempt++) {
            Thread.sleep(PAUSE.toMillis());
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        }
        return response;
    }

    private static List<String> union(Map<String, String> one, Map<String, String> other) {
        List<String> keys = new ArrayList<>(one.keySet());
        other.keySet().stream().filter(key -> !one.containsKey(key)).forEach(keys::add);
        return keys;
    }

    private static String start(String answer) {
        return answer == null ? "(not asked)" : answer.length() <= 300 ? answer : answer.substring(0, 300) + " ...";
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
