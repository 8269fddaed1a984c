package vn.planprogress.systemtests.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The traffic judge counts a problem outside the catalogue as a mismatch, wherever it comes from. */
class TrafficTests {

    private static final ApiContract CONTRACT = ApiContract.of("""
            {"openapi": "3.1.0", "paths": {"/api/v1/units": {"get": {"responses": {
              "404": {"description": "none", "content": {"application/problem+json": {"schema": {"type": "object"}}}}}}}}}
            """.getBytes(StandardCharsets.UTF_8));

    @Test
    void aProblemOfTheCatalogueConforms() {
        assertEquals(List.of(), record("""
                {"type": "urn:planprogress:problem:not-found", "title": "Not found", "status": 404, "detail": "No unit"}"""));
    }

    @Test
    void aProblemTypeTheCatalogueLacksIsAMismatch() {
        List<String> found = record("""
                {"type": "urn:planprogress:problem:no-such-unit", "title": "Not found", "status": 404, "detail": "No unit"}""");

        assertEquals(1, found.size(), found::toString);
        assertTrue(found.get(0).contains("urn:planprogress:problem:no-such-unit is not in the catalogue"), found::toString);
    }

    @Test
    void aProblemWithAnotherTitleOrStatusThanItsTypeIsAMismatch() {
        assertTrue(record("""
                {"type": "urn:planprogress:problem:not-found", "title": "Not Found", "status": 404, "detail": "No unit"}""")
                .get(0).contains("the title of urn:planprogress:problem:not-found is 'Not found'"));
        assertTrue(record("""
                {"type": "urn:planprogress:problem:conflict", "title": "Conflicts with the current state", "status": 404, "detail": "x"}""")
                .get(0).contains("is answered with 409, not 404"));
    }

    private static List<String> record(String problem) {
        return new Traffic(CONTRACT).record("GET", "/api/v1/units", 404, "application/problem+json",
                problem.getBytes(StandardCharsets.UTF_8));
    }
}
