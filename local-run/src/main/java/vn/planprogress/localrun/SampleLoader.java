package vn.planprogress.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import vn.planprogress.devsupport.DevTokens;

/**
 * Loads the sample units and the seed plan through the public API and issues the plan; then the
 * units' demo progress on it. Safe to run again: what exists already is left as it is.
 */
public final class SampleLoader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public SampleLoader(URI base) {
        this.base = base;
    }

    /** Loads {@code samples/units.json} and {@code samples/ke-hoach-tuyen-truyen-cchc-2022.json}; returns the plan's id. */
    public String load(Path samples) throws IOException, InterruptedException {
        for (JsonNode unit : JSON.readTree(samples.resolve("units.json").toFile())) {
            HttpResponse<String> response = send("POST", "/api/v1/units", DevTokens.admin(), unit.toString());
            if (response.statusCode() != 201 && response.statusCode() != 409) {
                throw new IllegalStateException("Unit " + unit.get("code") + " was refused: " + response.body());
            }
        }
        JsonNode plan = JSON.readTree(Files.readString(samples.resolve("ke-hoach-tuyen-truyen-cchc-2022.json")));
        String existing = existingPlan(plan);
        if (existing != null) {
            return existing;
        }
        HttpResponse<String> created = send("POST", "/api/v1/plans", DevTokens.planner(), plan.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The sample plan was refused: " + created.body());
        }
        String id = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> issued = send("POST", "/api/v1/plans/" + id + "/issue", DevTokens.planner(), null);
        if (issued.statusCode() != 200) {
            throw new IllegalStateException("The sample plan could not be issued: " + issued.body());
        }
        return id;
    }

    /**
     * Submits {@code samples/demo-progress.json} on the plan, each as its unit's reporter. A submission
     * that exists already (a second run) is left as it is.
     */
    public int loadDemoProgress(Path samples, String planId) throws IOException, InterruptedException {
        int submitted = 0;
        for (JsonNode submission : JSON.readTree(samples.resolve("demo-progress.json").toFile())) {
            ObjectNode body = ((ObjectNode) submission.deepCopy()).put("planId", planId);
            String unit = body.get("unitCode").asText();
            HttpResponse<String> response = send("POST", "/api/v1/submissions", DevTokens.reporter(unit), body.toString());
            if (response.statusCode() == 201) {
                submitted++;
            } else if (response.statusCode() != 409) {
                throw new IllegalStateException("The demo submission of " + unit + " on " + body.get("taskCode").asText()
                        + " was refused: " + response.body());
            }
        }
        return submitted;
    }

    private String existingPlan(JsonNode plan) throws IOException, InterruptedException {
        String query = "/api/v1/plans?year=" + plan.get("year").asInt() + "&ownerUnit="
                + URLEncoder.encode(plan.get("ownerUnit").asText(), StandardCharsets.UTF_8) + "&size=200";
        HttpResponse<String> response = send("GET", query, DevTokens.viewer(), null);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Plans could not be listed: " + response.body());
        }
        for (JsonNode item : JSON.readTree(response.body()).get("items")) {
            if (item.get("title").asText().equals(plan.get("title").asText()) && !"DRAFT".equals(item.get("status").asText())) {
                return item.get("id").asText();
            }
        }
        return null;
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** {@code load-sample [gateway-url]}: loads the sample plan and its demo progress into a running system. */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        SampleLoader loader = new SampleLoader(base);
        String id = loader.load(Path.of("samples"));
        int submitted = loader.loadDemoProgress(Path.of("samples"), id);
        System.out.println("Sample plan loaded and issued: " + base.resolve("/api/v1/plans/" + id)
                + " (" + submitted + " demo submissions added)");
    }
}
