package vn.planprogress.progress.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import vn.planprogress.progress.PlansServiceStub;

/** The OpenAPI document describes every operation of the submissions API, with its answers, to anonymous readers. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    private static final List<String> PATHS = List.of("/api/v1/submissions", "/api/v1/submissions/outstanding",
            "/api/v1/submissions/{id}", "/api/v1/submissions/{id}/revisions", "/api/v1/submissions/{id}/review",
            "/api/v1/submissions/{id}/reviews");

    @Test
    void everyOperationHasATagASummaryAndItsAnswers() {
        JsonPath document = given().accept("application/json").get("/q/openapi?format=json").then()
                .statusCode(200)
                .body("info.title", equalTo("Progress service"))
                .body("servers.url", hasItem("http://localhost:8080"))
                .extract().jsonPath();

        for (String path : PATHS) {
            Map<String, Map<String, Object>> operations = document.getMap("paths.'" + path + "'");
            assertNotNull(operations, path);
            operations.forEach((method, operation) -> {
                String where = method.toUpperCase() + " " + path;
                assertNotNull(operation.get("summary"), where + " summary");
                assertEquals(List.of("Submissions"), operation.get("tags"), where + " tags");
                @SuppressWarnings("unchecked")
                Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
                assertTrue(responses.containsKey("401") && responses.containsKey("403"), where);
            });
        }
        given().get("/q/openapi?format=json").then()
                .body("paths.'/api/v1/submissions'.post.responses", hasKey("503"))
                .body("paths.'/api/v1/submissions'.post.responses.'503'.content.'application/problem+json'", notNullValue())
                .body("paths.'/api/v1/submissions/{id}'.put.responses", hasKey("412"))
                .body("paths.'/api/v1/submissions'.post.responses.'201'.content.'application/json'.examples", notNullValue())
                .body("components.schemas", hasKey("Submission"));
    }

    /**
     * The document is the one reviewed in docs/openapi/: any change of the contract shows up as a diff of
     * that file, to be read and committed with the change.
     */
    @Test
    void theDocumentIsTheOneReviewedInDocs() {
        GoldenDocument.assertMatches(GoldenDocument.openApi("progress-service"),
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** The role each operation documents is the role it lets in: 401 without a token, 403 without that role. */
    @Test
    void everyOperationLetsInOnlyTheRolesItDocuments() {
        org.junit.jupiter.api.Assertions.assertEquals(8, DocumentedRoles.assertEnforced(), "operations checked");
    }
}
