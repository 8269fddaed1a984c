package vn.planprogress.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One Swagger UI at the gateway shows the three services' API documents, each fetched through the
 * gateway, and {@code /openapi} combines them into one for client generators.
 */
@QuarkusTest
@WithTestResource(FakeServices.class)
class SwaggerUiTests {

    @Test
    void theSwaggerUiListsTheThreeServicesDocuments() {
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .body(containsString("/openapi/plans"), containsString("/openapi/progress"), containsString("/openapi/reports"));
    }

    @Test
    void theSwaggerUiOpensOnTheCombinedDocumentWhichSaysWhenToPickAService() {
        given().get("/q/swagger-ui/").then()
                .statusCode(200)
                .body(containsString("\"urls.primaryName\": 'all'"));
        FakeService progress = FakeServices.startProgress();
        try {
            given().get("/openapi").then()
                    .statusCode(200)
                    .body("info.description", containsString("pick `plans`, `progress` or `reports`"))
                    .body("info.contact.url", org.hamcrest.Matchers.nullValue());
        } finally {
            progress.stop();
        }
    }

    @Test
    void eachServicesDocumentIsServedAnonymouslyFromTheServiceItself() {
        given().get("/openapi/plans?format=json").then()
                .statusCode(200)
                .body("info.title", equalTo("Fake service"))
                .body("servers[0].url", equalTo("http://gateway.example"));

        FakeService.Received received = FakeServices.plans().last();
        assertEquals("/q/openapi?format=json", received.uri());
        given().get("/openapi/reports").then().statusCode(200);
        assertEquals("/q/openapi", FakeServices.reports().last().uri());
    }

    @Test
    void theCombinedDocumentMergesTheThreeServicesDocuments() {
        FakeService progress = FakeServices.startProgress();
        try {
            given().get("/openapi").then()
                    .statusCode(200)
                    .contentType(containsString("application/json"))
                    .body("info.title", equalTo("Plan and progress platform API"))
                    .body("servers[0].url", equalTo("http://gateway.example"));
            given().get("/openapi?format=yaml").then()
                    .statusCode(200)
                    .contentType(containsString("application/yaml"))
                    .body(containsString("title: Plan and progress platform API"));
        } finally {
            progress.stop();
        }
    }

    @Test
    void theCombinedDocumentWithAServiceDownIsA502Problem() {
        Map<String, Object> problem = assertProblem(given().get("/openapi"), 502);

        assertEquals("The combined document needs every service's: the progress service is not reachable", problem.get("detail"));
    }

    @Test
    void theDocumentOfAServiceThatIsDownIsA502Problem() {
        Map<String, Object> problem = assertProblem(given().get("/openapi/progress"), 502);

        assertEquals("The progress service is not reachable", problem.get("detail"));
    }
}
