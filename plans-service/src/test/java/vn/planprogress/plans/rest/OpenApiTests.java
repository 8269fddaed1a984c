package vn.planprogress.plans.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DocumentedRoles;
import vn.planprogress.devsupport.GoldenDocument;
import vn.planprogress.devsupport.TestDatabase;

/** The OpenAPI document is complete enough for other provincial systems to code against. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class OpenApiTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasASummaryATagAndAnExampleForEveryStatusWithABody() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().jsonPath().getMap("");
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) document.get("paths");
        List<String> gaps = new ArrayList<>();
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var method : path.getValue().entrySet()) {
                Map<String, Object> operation = (Map<String, Object>) method.getValue();
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations++;
                if (operation.get("summary") == null) {
                    gaps.add(name + ": no summary");
                }
                if (operation.get("tags") == null) {
                    gaps.add(name + ": no tag");
                }
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
                for (var response : responses.entrySet()) {
                    Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) response.getValue().get("content");
                    if (content == null) {
                        if (!response.getKey().equals("204") && !response.getKey().equals("304")) {
                            gaps.add(name + " " + response.getKey() + ": no body described");
                        }
                        continue;
                    }
                    content.forEach((media, body) -> {
                        if (body.get("example") == null && body.get("examples") == null) {
                            gaps.add(name + " " + response.getKey() + " " + media + ": no example");
                        }
                    });
                }
            }
        }
        assertTrue(operations >= 19, "operations: " + operations);
        assertEquals(List.of(), gaps);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDocumentNamesTheGatewayAsItsServerAndShowsTheSeedPlan() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi").jsonPath().getMap("");
        List<Map<String, Object>> servers = (List<Map<String, Object>>) document.get("servers");
        assertFalse(servers.isEmpty());
        assertEquals("http://localhost:8080", servers.get(0).get("url"));
        Map<String, Object> examples = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("examples");
        Map<String, Object> seed = (Map<String, Object>) ((Map<String, Object>) examples.get("seed-plan")).get("value");
        assertEquals("Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", seed.get("title"));
        assertNotNull(((Map<String, Object>) document.get("components")).get("securitySchemes"));
    }

    /**
     * The document is the one reviewed in docs/openapi/: any change of the contract shows up as a diff of
     * that file, to be read and committed with the change.
     */
    @Test
    void theDocumentIsTheOneReviewedInDocs() {
        GoldenDocument.assertMatches(GoldenDocument.openApi("plans-service"),
                given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
    }

    /** The role each operation documents is the role it lets in: 401 without a token, 403 without that role. */
    @Test
    void everyOperationLetsInOnlyTheRolesItDocuments() {
        org.junit.jupiter.api.Assertions.assertEquals(30, DocumentedRoles.assertEnforced(), "operations checked");
    }
}
