package vn.planprogress.devsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import vn.planprogress.common.problem.ProblemType;

/** Assertions on {@code application/problem+json} answers, the same in every service's tests. */
public final class Problems {

    private Problems() {
    }

    /**
     * Asserts a problem response with this status, of a type of the catalogue (with that type's
     * status and title), and returns its body for further checks.
     */
    public static Map<String, Object> assertProblem(Response response, int status) {
        assertEquals(status, response.statusCode(), () -> "status of " + response.asString());
        assertTrue(response.contentType().startsWith("application/problem+json"),
                () -> "content type " + response.contentType() + " of " + response.asString());
        Map<String, Object> body = response.jsonPath().getMap("");
        assertEquals(status, body.get("status"));
        assertNotNull(body.get("detail"), "detail");
        ProblemType type = ProblemType.ofUri(String.valueOf(body.get("type"))).orElseThrow(() -> new AssertionError(
                "the problem type " + body.get("type") + " is not in the catalogue (ProblemType, docs/problems.md): " + body));
        assertEquals(type.status(), status, () -> type + " is answered with " + type.status() + ": " + body);
        assertEquals(type.title(), body.get("title"), () -> "the title of " + type);
        return body;
    }

    /** Asserts a 400 problem that names {@code field} among its errors, and returns that error's message. */
    public static String assertInvalidField(Response response, String field) {
        Map<String, Object> body = assertProblem(response, 400);
        @SuppressWarnings("unchecked")
        List<Map<String, String>> errors = (List<Map<String, String>>) body.get("errors");
        assertNotNull(errors, () -> "no errors in " + body);
        return errors.stream()
                .filter(e -> field.equals(e.get("field")))
                .map(e -> e.get("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no error for field " + field + " in " + errors));
    }
}
