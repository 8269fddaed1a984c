package vn.planprogress.reports.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DocumentedRoles;
import vn.planprogress.devsupport.GoldenDocument;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ServicesStub;

/** The OpenAPI document: every operation of the contract, tagged, summarised, with its status codes and problem bodies. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithItsAnswers() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().jsonPath();

        Map<String, Map<String, Object>> paths = document.getMap("paths");
        assertEquals(List.of("/api/v1/events", "/api/v1/reports/jobs", "/api/v1/reports/jobs/{jobName}/runs", "/api/v1/reports/jobs/{jobName}/runs/{runId}",
                        "/api/v1/reports/plans/{planId}", "/api/v1/reports/plans/{planId}/snapshots", "/api/v1/reports/rollups",
                        "/api/v1/reports/snapshots/{id}", "/api/v1/reports/snapshots/{id}/signatures", "/api/v1/webhooks",
                        "/api/v1/webhooks/{id}", "/api/v1/webhooks/{id}/deliveries"),
                paths.keySet().stream().sorted().toList());
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                String where = operation.getKey() + " " + path.getKey();
                assertTrue(op.get("summary") != null && op.get("tags") != null, where);
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) op.get("responses");
                assertTrue(responses.keySet().stream().anyMatch(code -> code.startsWith("2")), where);
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), where);
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        assertTrue(((Map<String, Object>) response.get("content")).containsKey("application/problem+json"), where + " " + code);
                    }
                });
            }
        }
        assertTrue(document.getString("paths.'/api/v1/reports/plans/{planId}'.get.responses.'200'.content.'application/json'.examples")
                .contains("94.44"));
        assertEquals("Reports service", document.getString("info.title"));
    }

    /**
     * The document is the one reviewed in docs/openapi/: any change of the contract shows up as a diff of
     * that file, to be read and committed with the change.
     */
    @Test
    void theDocumentIsTheOneReviewedInDocs() {
        GoldenDocument.assertMatches(GoldenDocument.openApi("reports-service"),
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** The role each operation documents is the role it lets in: 401 without a token, 403 without that role. */
    @Test
    void everyOperationLetsInOnlyTheRolesItDocuments() {
        org.junit.jupiter.api.Assertions.assertEquals(17, DocumentedRoles.assertEnforced(), "operations checked");
    }
}
