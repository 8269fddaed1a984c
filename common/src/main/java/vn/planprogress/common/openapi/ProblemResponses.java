package vn.planprogress.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.planprogress.common.problem.Problem;
import vn.planprogress.common.problem.ProblemType;

/**
 * Gives every error response of every operation the {@code application/problem+json} content and
 * an example body, and adds the answers that any operation can give: 401 and 403 when secured, 406,
 * 400 when it takes parameters or a body, 413 and 415 when it takes a body. Resources only state the
 * status codes that their own rules give, and what they mean.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey("Problem")) {
            components.addSchema("Problem", problemSchema());
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    continue;
                }
                responses.addAPIResponse("401", responses.hasAPIResponse("401") ? responses.getAPIResponse("401")
                        : OASFactory.createAPIResponse().description("No valid bearer token"));
                responses.addAPIResponse("403", responses.hasAPIResponse("403") ? responses.getAPIResponse("403")
                        : OASFactory.createAPIResponse().description("The caller's role does not allow this operation"));
                addAnswersToInput(operation, item, responses);
                for (Map.Entry<String, APIResponse> response : new LinkedHashMap<>(responses.getAPIResponses()).entrySet()) {
                    if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                        describeProblem(response.getKey(), response.getValue());
                    }
                }
            }
        }
    }

    /**
     * What any operation answers to input it cannot read: a parameter of the wrong form (or a path
     * the gateway will not route), a body that is not JSON, too large, or of another media type, and
     * an Accept header that names none of its media types.
     */
    private static void addAnswersToInput(Operation operation, PathItem item, APIResponses responses) {
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty()
                || item.getParameters() != null && !item.getParameters().isEmpty();
        boolean body = operation.getRequestBody() != null;
        if ((parameters || body) && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", OASFactory.createAPIResponse().description(body
                    ? "The body or a parameter is not valid" : "A parameter is not valid"));
        }
        if (body && !responses.hasAPIResponse("413")) {
            responses.addAPIResponse("413", OASFactory.createAPIResponse().description("The body is over the size limit"));
        }
        if (body && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse().description("The body is not JSON"));
        }
        if (!responses.hasAPIResponse("406")) {
            responses.addAPIResponse("406", OASFactory.createAPIResponse()
                    .description("The Accept header names none of the media types this operation answers in"));
        }
    }

    /** The problem body of an error status, with the example of the catalogue's type for that status. */
    private static void describeProblem(String status, APIResponse response) {
        Content content = OASFactory.createContent();
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        ProblemType type = ProblemType.shownFor(Integer.parseInt(status)).orElseThrow(() -> new IllegalStateException(
                "An operation documents the status " + status + ", for which ProblemType has no problem type"));
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", type.uri());
        example.put("title", type.title());
        example.put("status", type.status());
        example.put("detail", type.example());
        example.put("instance", "/api/v1/plans");
        example.put("requestId", "9f6c2d0e-8a51-4c2b-9d3e-0c1f2a3b4c5d");
        example.put("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        if (type == ProblemType.VALIDATION_FAILED) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", "tasks[0].leadUnits[0]");
            error.put("message", "unknown unit code 'XYZ'");
            example.put("errors", List.of(error));
        }
        media.setExample(example);
        content.addMediaType(Problem.MEDIA_TYPE, media);
        response.setContent(content);
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("Identifies the kind of problem"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("The request path"))
                .addProperty("requestId", OASFactory.createSchema().addType(Schema.SchemaType.STRING).description("The X-Request-Id of the request"))
                .addProperty("traceId", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The W3C trace id of the request (traceparent), as every service's log lines name it"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text)
                                .addProperty("message", text)))
                .required(List.of("type", "title", "status"));
    }
}
