package vn.planprogress.systemtests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records that accepted requests created, changed or removed, counted from the requests and their
 * answers alone: what the database must hold after the run, no more and no less (see {@link RecordCheck}).
 * Refused requests count for nothing: they must have written nothing.
 */
public final class Ledger {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UNIT = Pattern.compile("^/api/v1/units/([^/]+)$");
    private static final Pattern PLAN = Pattern.compile("^/api/v1/plans/([0-9a-f-]{36})$");
    private static final Pattern PLAN_WRITE = Pattern.compile("^/api/v1/plans/([0-9a-f-]{36})(/issue|/close|/amendments)?$");
    private static final Pattern TASKS = Pattern.compile("^/api/v1/plans/([0-9a-f-]{36})/tasks(/[^/]+)?$");
    private static final Pattern SUBMISSION = Pattern.compile("^/api/v1/submissions/([0-9a-f-]{36})$");
    private static final Pattern REVIEW = Pattern.compile("^/api/v1/submissions/([0-9a-f-]{36})/review$");
    private static final Pattern SNAPSHOT = Pattern.compile("^/api/v1/reports/snapshots/([0-9a-f-]{36})$");

    /** Created and removed keys per kind: unit, plan, submission, snapshot. */
    final Map<String, Set<String>> created = new TreeMap<>();
    final Map<String, Set<String>> removed = new TreeMap<>();
    /** Accepted corrections and reviews per submission; tasks per plan after its last accepted write. */
    final Map<String, Integer> corrections = new TreeMap<>();
    final Map<String, Integer> reviews = new TreeMap<>();
    final Map<String, Integer> tasks = new TreeMap<>();
    long writesAccepted;

    public synchronized void record(String method, String path, int status, String location, byte[] body) {
        if (status < 200 || status > 299 || method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("HEAD")) {
            return;
        }
        writesAccepted++;
        String verb = method.toUpperCase();
        if (status == 201 && location != null) {
            String created = pathOf(location);
            keyOf(UNIT, created).ifPresent(code -> add(this.created, "unit", code));
            keyOf(PLAN, created).ifPresent(id -> add(this.created, "plan", id));
            keyOf(SUBMISSION, created).ifPresent(id -> add(this.created, "submission", id));
            keyOf(SNAPSHOT, created).ifPresent(id -> add(this.created, "snapshot", id));
        }
        if (verb.equals("DELETE")) {
            keyOf(UNIT, path).ifPresent(code -> add(removed, "unit", code));
            keyOf(PLAN, path).ifPresent(id -> {
                add(removed, "plan", id);
                tasks.remove(id);
            });
        }
        if (verb.equals("PUT")) {
            keyOf(SUBMISSION, path).ifPresent(id -> corrections.merge(id, 1, Integer::sum));
        }
        if (verb.equals("POST")) {
            keyOf(REVIEW, path).ifPresent(id -> reviews.merge(id, 1, Integer::sum));
        }
        Matcher planWrite = PLAN_WRITE.matcher(path);
        if (planWrite.matches() && !verb.equals("DELETE") || path.equals("/api/v1/plans") && status == 201) {
            JsonNode plan = read(body);
            if (plan != null && plan.has("id") && plan.path("tasks").isArray()) {
                tasks.put(plan.get("id").asText(), plan.get("tasks").size());
            }
        }
        Matcher task = TASKS.matcher(path);
        if (task.matches() && tasks.containsKey(task.group(1))) {
            if (verb.equals("POST") && status == 201) {
                tasks.merge(task.group(1), 1, Integer::sum);
            } else if (verb.equals("DELETE")) {
                tasks.merge(task.group(1), -1, Integer::sum);
            }
        }
    }

    private static String pathOf(String location) {
        String path = URI.create(location).getRawPath();
        return path == null ? location : path;
    }

    private static Optional<String> keyOf(Pattern pattern, String path) {
        Matcher matcher = pattern.matcher(path);
        return matcher.matches() ? Optional.of(URLDecoder.decode(matcher.group(1), StandardCharsets.UTF_8)) : Optional.empty();
    }

    private static void add(Map<String, Set<String>> kinds, String kind, String key) {
        kinds.computeIfAbsent(kind, k -> new TreeSet<>()).add(key);
    }

    private static JsonNode read(byte[] body) {
        try {
            return body == null || body.length == 0 ? null : JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    synchronized Map<String, Object> asMap() {
        return Map.of("created", created, "removed", removed, "corrections", corrections, "reviews", reviews, "tasks", tasks,
                "writesAccepted", writesAccepted);
    }

    public synchronized void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), asMap());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
