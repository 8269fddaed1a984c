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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.devsupport.DevTokens;

/**
 * Loads the sample units and the seed plan through the public API and issues the plan; then the
 * units' demo progress on it; and this year's demo ({@link #loadThisYear}). Safe to run again: what
 * exists already is left as it is.
 */
public final class SampleLoader {

    /** How far ahead of the run's day this year's demo puts the units' deadline. */
    public static final int DEMO_DAYS_AHEAD = 14;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 5;

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
        JsonNode plan = SamplePlan.seed(samples);
        String existing = existingPlan(plan);
        if (existing != null) {
            return existing;
        }
        return createAndIssue(plan);
    }

    /**
     * Loads this year's demo: a copy of the seed plan for the year of {@code today}, reported yearly with
     * the units' deadline {@value #DEMO_DAYS_AHEAD} days ahead (issued), and {@code samples/demo-current-year.json}
     * on it: the units' submissions (on time), a correction as the unit's reporter, and the department's
     * reviews as a planner. A copy loaded by an earlier run is left as it is.
     */
    public DemoYear loadThisYear(Path samples, LocalDate today) throws IOException, InterruptedException {
        ObjectNode seed = SamplePlan.seed(samples);
        int year = today.getYear();
        String period = String.valueOf(year);
        LocalDate deadline = today.plusDays(DEMO_DAYS_AHEAD);
        ObjectNode plan = SamplePlan.retitled(SamplePlan.movedTo(seed, year, "ANNUAL", Map.of(period, deadline),
                Map.of(period, deadline.plusDays(5))), seed.get("year").asInt());
        JsonNode demo = JSON.readTree(samples.resolve(DemoYear.FILE).toFile());
        String existing = existingPlan(plan);
        if (existing != null) {
            HttpResponse<String> stored = send("GET", "/api/v1/plans/" + existing, DevTokens.viewer(), null);
            JsonNode date = JSON.readTree(stored.body()).path("reporting").path("unitDeadline").path("dates").path(period);
            return DemoYear.of(existing, plan, demo, date.isTextual() ? LocalDate.parse(date.asText()) : null);
        }
        String id = createAndIssue(plan);
        Map<String, String> ids = new HashMap<>();
        Map<String, String> etags = new HashMap<>();
        for (JsonNode submission : demo.path("submissions")) {
            ObjectNode body = ((ObjectNode) submission.deepCopy()).put("planId", id).put("period", period);
            HttpResponse<String> created = send("POST", "/api/v1/submissions", DevTokens.reporter(body.get("unitCode").asText()),
                    body.toString());
            String entry = DemoYear.entry(submission);
            if (created.statusCode() != 201) {
                throw new IllegalStateException("The demo submission " + entry + " was refused: " + created.body());
            }
            ids.put(entry, JSON.readTree(created.body()).get("id").asText());
            etags.put(entry, created.headers().firstValue("ETag").orElseThrow());
        }
        for (JsonNode correction : demo.path("corrections")) {
            String entry = DemoYear.entry(correction);
            HttpResponse<String> corrected = send("PUT", "/api/v1/submissions/" + ids.get(entry),
                    DevTokens.reporter(correction.get("unitCode").asText()), correction.toString(), Map.of("If-Match", etags.get(entry)));
            if (corrected.statusCode() != 200) {
                throw new IllegalStateException("The demo correction of " + entry + " was refused: " + corrected.body());
            }
        }
        for (JsonNode review : demo.path("reviews")) {
            String entry = DemoYear.entry(review);
            ObjectNode body = JSON.createObjectNode().put("decision", review.get("decision").asText());
            if (review.hasNonNull("comment")) {
                body.put("comment", review.get("comment").asText());
            }
            HttpResponse<String> reviewed = send("POST", "/api/v1/submissions/" + ids.get(entry) + "/review", DevTokens.planner(),
                    body.toString());
            if (reviewed.statusCode() != 200) {
                throw new IllegalStateException("The demo review of " + entry + " was refused: " + reviewed.body());
            }
        }
        return DemoYear.of(id, plan, demo, deadline);
    }

    private String createAndIssue(JsonNode plan) throws IOException, InterruptedException {
        HttpResponse<String> created = send("POST", "/api/v1/plans", DevTokens.planner(), plan.toString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("The sample plan " + plan.get("year") + " was refused: " + created.body());
        }
        String id = JSON.readTree(created.body()).get("id").asText();
        HttpResponse<String> issued = send("POST", "/api/v1/plans/" + id + "/issue", DevTokens.planner(), null);
        if (issued.statusCode() != 200) {
            throw new IllegalStateException("The sample plan " + plan.get("year") + " could not be issued: " + issued.body());
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
        return send(method, path, token, body, Map.of());
    }

    private HttpResponse<String> send(String method, String path, String token, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if ("POST".equals(method)) {
            // One key for every try of this request: a retry after a lost answer creates nothing twice.
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return sendRetrying(request.build());
    }

    /**
     * Sends, trying again a few times when the gateway answers that a service is not there yet or was too
     * slow (502, 503, 504) or the connection fails: on a busy machine the services warm up under the
     * first requests, and the run should not fail for it.
     */
    private HttpResponse<String> sendRetrying(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (attempt == ATTEMPTS || response.statusCode() < 502 || response.statusCode() > 504) {
                    return response;
                }
            } catch (IOException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
            Thread.sleep(1000L * attempt);
        }
    }

    /** {@code load-sample [gateway-url]}: loads the sample plan and its demo progress into a running system. */
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args.length > 0 ? args[0] : "http://localhost:8080");
        SampleLoader loader = new SampleLoader(base);
        String id = loader.load(Path.of("samples"));
        int submitted = loader.loadDemoProgress(Path.of("samples"), id);
        System.out.println("Sample plan loaded and issued: " + base.resolve("/api/v1/plans/" + id)
                + " (" + submitted + " demo submissions added)");
        DemoYear demo = loader.loadThisYear(Path.of("samples"), BusinessTime.inDefaultZone().dateOf(Instant.now()));
        System.out.println("This year's demo plan: " + base.resolve("/api/v1/plans/" + demo.planId()));
    }
}
