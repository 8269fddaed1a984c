package vn.planprogress.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public API in one OpenAPI document: the services' documents merged (their paths never
 * collide; a schema two of them name alike must be the same schema), and on every operation what
 * the gateway itself may answer in front of the service.
 */
public final class CombinedDocument {

    static final String TITLE = "Plan and progress platform API";
    /** What Swagger UI shows first (it opens on this document, `all`): what is here, and when to pick another definition. */
    static final String DESCRIPTION = "Every operation of the platform through the gateway: units, plans and tasks (plans service), "
            + "submissions and their review (progress service), live reports, snapshots and their documents (reports service), "
            + "with the answers the gateway itself gives (429, 502, 503, 504). Swagger UI opens on this definition (`all`); "
            + "pick `plans`, `progress` or `reports` in the definition list at the top to see one service's operations only, "
            + "as that service documents them. Press Authorize and paste a token (locally: the ones `scripts/run` prints, "
            + "or `scripts/token <role>`).";
    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    /** What the gateway answers itself, on any operation (see docs/security.md). */
    private static final Map<String, String> EDGE = new java.util.TreeMap<>(Map.of(
            "429", "Over the caller's rate; retry after the Retry-After seconds (answered by the gateway)",
            "502", "The service is not reachable (answered by the gateway)",
            "503", "The service or its database is unavailable; retry after the Retry-After seconds",
            "504", "The service did not answer in time (answered by the gateway)"));

    private CombinedDocument() {
    }

    /** Merges the documents, in order; the first one's info, servers and security lead. */
    public static ObjectNode of(List<JsonNode> documents, ObjectMapper json) {
        ObjectNode combined = json.createObjectNode();
        JsonNode first = documents.get(0);
        combined.put("openapi", first.path("openapi").asText("3.1.0"));
        ObjectNode info = first.path("info").deepCopy();
        info.put("title", TITLE);
        info.put("description", DESCRIPTION);
        combined.set("info", info);
        copy(first, combined, "servers");
        copy(first, combined, "security");
        ArrayNode tags = combined.putArray("tags");
        ObjectNode paths = combined.putObject("paths");
        ObjectNode components = combined.putObject("components");
        Set<String> tagNames = new HashSet<>();
        for (JsonNode document : documents) {
            for (JsonNode tag : document.path("tags")) {
                if (tagNames.add(tag.path("name").asText())) {
                    tags.add(tag.deepCopy());
                }
            }
            merge(paths, document.path("paths"), "path");
            Iterator<Map.Entry<String, JsonNode>> sections = document.path("components").fields();
            while (sections.hasNext()) {
                Map.Entry<String, JsonNode> section = sections.next();
                JsonNode into = components.get(section.getKey());
                merge(into == null ? components.putObject(section.getKey()) : (ObjectNode) into, section.getValue(),
                        "components." + section.getKey() + " entry");
            }
        }
        addEdgeResponses(paths, json);
        return combined;
    }

    private static void merge(ObjectNode into, JsonNode from, String what) {
        Iterator<Map.Entry<String, JsonNode>> entries = from.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            JsonNode existing = into.get(entry.getKey());
            if (existing != null && !existing.equals(entry.getValue())) {
                throw new IllegalStateException("Two services' documents differ on the " + what + " " + entry.getKey());
            }
            into.set(entry.getKey(), entry.getValue().deepCopy());
        }
    }

    private static void addEdgeResponses(ObjectNode paths, ObjectMapper json) {
        for (JsonNode item : paths) {
            Iterator<Map.Entry<String, JsonNode>> operations = item.fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey()) || !(operation.getValue().get("responses") instanceof ObjectNode responses)) {
                    continue;
                }
                EDGE.forEach((status, description) -> {
                    if (!responses.has(status)) {
                        ObjectNode response = responses.putObject(status);
                        response.put("description", description);
                        response.putObject("content").putObject("application/problem+json").putObject("schema").put("$ref", PROBLEM);
                    }
                });
            }
        }
    }

    private static void copy(JsonNode from, ObjectNode into, String field) {
        if (from.has(field)) {
            into.set(field, from.get(field).deepCopy());
        }
    }
}
