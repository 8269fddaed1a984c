package vn.planprogress.devsupport;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.planprogress.common.security.Roles;

/**
 * The roles each operation of a service's OpenAPI document says it needs ("Needs the role planner")
 * are the roles it lets in: every operation refuses a caller without a token (401) and one whose
 * roles do not include those (403). The document is read from the running service, so that an
 * operation whose role is stated apart from its code cannot drift from it unseen.
 */
public final class DocumentedRoles {

    private static final Pattern NEEDS = Pattern.compile("Needs the role ([a-z]+(?: or [a-z]+)*) \\(or a role that includes it\\)");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final String SOME_ID = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10";
    /** Callers from none of the roles up to all of them, each with the roles it is granted. */
    private static final Map<Set<String>, String> CALLERS = new LinkedHashMap<>();

    static {
        CALLERS.put(Set.of(), DevTokens.mint("nobody@dev", Set.of(), null, Duration.ofHours(1)));
        CALLERS.put(Set.of(Roles.VIEWER), DevTokens.viewer());
        CALLERS.put(Set.of(Roles.REPORTER), DevTokens.reporter("HCTH"));
        CALLERS.put(Set.of(Roles.PLANNER), DevTokens.planner());
        CALLERS.put(Set.of(Roles.ADMIN), DevTokens.admin());
    }

    private DocumentedRoles() {
    }

    /** Checks every operation of the service's document; how many it checked. */
    public static int assertEnforced() {
        JsonNode document = read(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asByteArray());
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        var paths = document.path("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                operations++;
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                Matcher needs = NEEDS.matcher(method.getValue().path("description").asText());
                if (!needs.find()) {
                    wrong.add(name + ": states no role it needs");
                    continue;
                }
                Set<String> needed = Set.copyOf(Arrays.asList(needs.group(1).split(" or ")));
                String uri = concrete(path.getKey(), method.getValue());
                String mediaType = bodyType(method.getValue());
                int anonymous = call(given(), method.getKey(), uri, mediaType);
                if (anonymous != 401) {
                    wrong.add(name + ": answers " + anonymous + " without a token, not 401");
                }
                String outsider = outsiderOf(needed);
                int refused = call(given().auth().oauth2(outsider), method.getKey(), uri, mediaType);
                if (refused != 403) {
                    wrong.add(name + ": answers " + refused + " to a caller without " + needed + ", not 403");
                }
            }
        }
        assertEquals(List.of(), wrong);
        return operations;
    }

    /** The token of the most-privileged caller whose roles, with those they imply, include none of {@code needed}. */
    private static String outsiderOf(Set<String> needed) {
        String outsider = null;
        for (Map.Entry<Set<String>, String> caller : CALLERS.entrySet()) {
            if (Roles.withImplied(caller.getKey()).stream().noneMatch(needed::contains)) {
                outsider = caller.getValue();
            }
        }
        return outsider;
    }

    private static int call(RequestSpecification request, String method, String uri, String mediaType) {
        return request.contentType(mediaType).body("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8)).request(method, uri).statusCode();
    }

    /** The first media type the operation's body is documented in (a document upload takes no JSON), else JSON. */
    private static String bodyType(JsonNode operation) {
        var types = operation.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : "application/json";
    }

    /** The path with a value of the right form for each parameter: an id for a UUID, a number for an integer. */
    private static String concrete(String template, JsonNode operation) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode schema = parameter.path("schema");
            boolean uuid = schema.path("$ref").asText().endsWith("/UUID") || "uuid".equals(schema.path("format").asText());
            values.put(parameter.path("name").asText(), uuid ? SOME_ID : schema.path("type").asText().equals("integer") ? "0" : "X");
        }
        Matcher parameter = PATH_PARAMETER.matcher(template);
        StringBuilder uri = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(uri, values.getOrDefault(parameter.group(1), "X"));
        }
        return parameter.appendTail(uri).toString();
    }

    private static JsonNode read(byte[] json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
