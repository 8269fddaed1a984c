package vn.planprogress.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.GoldenDocument;
import vn.planprogress.gateway.proxy.Upstream;

/** The services' documents become one: every path, each shared schema once, and the gateway's own answers on every operation. */
class CombinedDocumentTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyServicesPathsTagsAndSchemasAreInTheCombinedDocument() throws Exception {
        ObjectNode combined = CombinedDocument.of(List.of(plans(), progress()), JSON);

        assertEquals(CombinedDocument.TITLE, combined.path("info").path("title").asText());
        assertEquals("http://gateway.example", combined.path("servers").path(0).path("url").asText());
        assertTrue(combined.path("paths").has("/api/v1/plans"));
        assertTrue(combined.path("paths").has("/api/v1/submissions"));
        assertEquals(List.of("Plans", "Submissions"), List.of(combined.path("tags").path(0).path("name").asText(),
                combined.path("tags").path(1).path("name").asText()));
        assertTrue(combined.path("components").path("schemas").has("Plan"));
        assertTrue(combined.path("components").path("schemas").has("Submission"));
        assertEquals(problem(), combined.path("components").path("schemas").path("Problem"), "the shared schema, once");
    }

    @Test
    void everyOperationDocumentsWhatTheGatewayAnswersItself() throws Exception {
        JsonNode responses = CombinedDocument.of(List.of(plans(), progress()), JSON)
                .path("paths").path("/api/v1/submissions").path("post").path("responses");

        for (String status : List.of("429", "502", "503", "504")) {
            assertEquals("#/components/schemas/Problem",
                    responses.path(status).path("content").path("application/problem+json").path("schema").path("$ref").asText(), status);
        }
        assertEquals("Submitted", responses.path("201").path("description").asText(), "the service's own answers stay");
    }

    @Test
    void twoServicesNamingDifferentSchemasAlikeIsRefused() throws Exception {
        ObjectNode other = progress();
        ((ObjectNode) other.path("components").path("schemas")).set("Plan", JSON.readTree("{\"type\": \"string\"}"));

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> CombinedDocument.of(List.of(plans(), other), JSON));

        assertTrue(refused.getMessage().contains("Plan"), refused.getMessage());
    }

    /**
     * The reviewed documents of the three services combine into the reviewed public document
     * (docs/openapi/platform.json); the system tests check that the running gateway serves it.
     */
    @Test
    void theReviewedDocumentsCombineIntoTheReviewedPublicOne() {
        List<JsonNode> services = Arrays.stream(Upstream.values())
                .map(upstream -> GoldenDocument.read(GoldenDocument.openApi(upstream.key() + "-service")))
                .toList();

        GoldenDocument.assertMatches(GoldenDocument.openApi("platform"), CombinedDocument.of(services, JSON));
    }

    private static ObjectNode plans() throws Exception {
        return document("Plans", "/api/v1/plans", "get", "200", "Plan");
    }

    private static ObjectNode progress() throws Exception {
        ObjectNode document = document("Submissions", "/api/v1/submissions", "post", "201", "Submission");
        ((ObjectNode) document.path("paths").path("/api/v1/submissions").path("post").path("responses").path("201"))
                .put("description", "Submitted");
        return document;
    }

    private static ObjectNode document(String tag, String path, String method, String status, String schema) throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "%1$s service", "version": "1.0.0"},
                 "servers": [{"url": "http://gateway.example"}], "tags": [{"name": "%1$s"}],
                 "paths": {"%2$s": {"%3$s": {"operationId": "%1$s_op", "responses": {"%4$s": {"description": "ok",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/%5$s"}}}}}}}},
                 "components": {"schemas": {"%5$s": {"type": "object"}}}}
                """.formatted(tag, path, method, status, schema));
        ((ObjectNode) document.path("components").path("schemas")).set("Problem", problem());
        return document;
    }

    private static JsonNode problem() throws Exception {
        return JSON.readTree("{\"type\": \"object\", \"required\": [\"type\", \"title\", \"status\"]}");
    }
}
