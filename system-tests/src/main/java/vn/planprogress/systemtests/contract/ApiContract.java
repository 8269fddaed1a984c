package vn.planprogress.systemtests.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An OpenAPI 3.1 document as a judge of responses: is the status documented for the operation, is
 * the content type one it names, does the body match its JSON Schema (2020-12, the dialect of
 * OpenAPI 3.1, formats asserted)? Requests themselves are not judged: bad input is the point of much
 * of the traffic.
 */
public final class ApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private final JsonNode document;
    private final ObjectNode definitions;
    private final List<Route> routes = new ArrayList<>();
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private final SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private final Map<String, JsonSchema> compiled = new ConcurrentHashMap<>();

    private ApiContract(JsonNode document) {
        // Schemas refer to each other as #/components/schemas/X; compiled alone they find them under $defs.
        this.document = rewriteReferences(document);
        this.definitions = this.document.path("components").path("schemas") instanceof ObjectNode defined
                ? defined : JSON.createObjectNode();
        Iterator<Map.Entry<String, JsonNode>> paths = this.document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            routes.add(new Route(path.getKey(), path.getValue()));
        }
        // A literal segment wins over a parameter: /submissions/outstanding before /submissions/{id}.
        routes.sort(Comparator.comparingInt(Route::parameters));
    }

    public static ApiContract of(byte[] openApiJson) {
        try {
            return new ApiContract(JSON.readTree(openApiJson));
        } catch (IOException e) {
            throw new UncheckedIOException("Not an OpenAPI document in JSON", e);
        }
    }

    /** The operation a request reaches, as {@code GET /api/v1/plans/{planId}}, if the document has one. */
    public Optional<String> operation(String method, String path) {
        return route(path).filter(route -> route.item.has(method.toLowerCase(Locale.ROOT)))
                .map(route -> method.toUpperCase(Locale.ROOT) + " " + route.template);
    }

    /** Whether the path is one the document describes, whatever the method. */
    public boolean describes(String path) {
        return route(path).isPresent();
    }

    /**
     * What in the response the document does not allow; empty when it conforms. A request to a path
     * the document does not describe is not judged here.
     */
    public List<String> mismatches(String method, String path, int status, String contentType, byte[] body) {
        Optional<Route> route = route(path);
        if (route.isEmpty()) {
            return List.of();
        }
        String where = method.toUpperCase(Locale.ROOT) + " " + route.get().template + " → " + status;
        JsonNode operation = route.get().item.path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            // A method the path does not have may only be refused (401 from the gateway first, else 405).
            return status >= 400 && status < 500 ? List.of() : List.of(where + ": answered, but the document has no " + method + " on this path");
        }
        JsonNode response = responseFor(operation.path("responses"), status);
        if (response == null) {
            return List.of(where + ": status " + status + " is not documented");
        }
        JsonNode content = response.path("content");
        boolean hasBody = body != null && body.length > 0;
        if (content.isMissingNode() || content.isEmpty()) {
            return hasBody ? List.of(where + ": a body is sent where the document has none") : List.of();
        }
        if (!hasBody) {
            return method.equalsIgnoreCase("HEAD") ? List.of() : List.of(where + ": no body, where the document has " + fieldNames(content));
        }
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        JsonNode media = content.get(mediaType);
        if (media == null) {
            return List.of(where + ": content type '" + contentType + "' is not one of " + fieldNames(content));
        }
        if (!isJson(mediaType) || !media.has("schema")) {
            return List.of();
        }
        JsonNode parsed;
        try {
            parsed = JSON.readTree(body);
        } catch (IOException e) {
            return List.of(where + ": the body is not JSON: " + e.getMessage());
        }
        String key = where + " " + mediaType;
        JsonSchema schema = compiled.computeIfAbsent(key, k -> compile(media.get("schema")));
        List<String> found = new ArrayList<>();
        for (ValidationMessage message : schema.validate(parsed)) {
            found.add(where + ": " + message.getMessage());
        }
        return found;
    }

    private JsonSchema compile(JsonNode schema) {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.setAll(schema.deepCopy() instanceof ObjectNode object ? object : JSON.createObjectNode());
        root.set("$defs", definitions);
        return schemas.getSchema(root, config);
    }

    private static JsonNode responseFor(JsonNode responses, int status) {
        String code = String.valueOf(status);
        if (responses.has(code)) {
            return responses.get(code);
        }
        String range = code.charAt(0) + "XX";
        if (responses.has(range)) {
            return responses.get(range);
        }
        return responses.has("default") ? responses.get("default") : null;
    }

    private Optional<Route> route(String path) {
        return routes.stream().filter(route -> route.matches(path)).findFirst();
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.toString();
    }

    private static JsonNode rewriteReferences(JsonNode document) {
        try {
            return JSON.readTree(JSON.writeValueAsString(document).replace("\"#/components/schemas/", "\"#/$defs/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode document() {
        return document;
    }

    /** A path of the document as a pattern: each {parameter} stands for one non-empty segment. */
    private static final class Route {

        private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

        final String template;
        final JsonNode item;
        private final Pattern pattern;
        private final int parameters;

        Route(String template, JsonNode item) {
            this.template = template;
            this.item = item;
            StringBuilder regex = new StringBuilder("^");
            Matcher matcher = PARAMETER.matcher(template);
            int last = 0;
            int count = 0;
            while (matcher.find()) {
                regex.append(Pattern.quote(template.substring(last, matcher.start()))).append("[^/]+");
                last = matcher.end();
                count++;
            }
            regex.append(Pattern.quote(template.substring(last))).append("$");
            this.pattern = Pattern.compile(regex.toString());
            this.parameters = count;
        }

        int parameters() {
            return parameters;
        }

        boolean matches(String path) {
            return pattern.matcher(path).matches() && METHODS.stream().anyMatch(item::has);
        }
    }
}
