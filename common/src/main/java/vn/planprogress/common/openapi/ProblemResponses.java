package vn.planprogress.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.LinkedHashMap;
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

/**
 * Gives every error response of every operation the {@code application/problem+json} content and
 * an example body, and adds the answers that any operation can give: 401 and 403 when secured, 406,
 * 400 when it takes parameters or a body, 413 and 415 when it takes a body. Resources only state the
 * status codes that their own rules give, and what they mean.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Map<String, String[]> KNOWN = Map.ofEntries(
            Map.entry("400", new String[] {"validation-failed", "Request is not valid", "tasks[0].leadUnits[0]: unknown unit code 'XYZ'"}),
            Map.entry("401", new String[] {"unauthorized", "Authentication required", "Send a valid bearer token: Authorization: Bearer <JWT>"}),
            Map.entry("403", new String[] {"forbidden", "Forbidden", "Your role does not allow this operation"}),
            Map.entry("404", new String[] {"not-found", "Not found", "No plan with id '0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10'"}),
            Map.entry("409", new String[] {"conflict", "Conflicts with the current state", "The plan is issued: change it through POST /api/v1/plans/{planId}/amendments"}),
            Map.entry("412", new String[] {"precondition-failed", "Precondition failed", "The resource has changed since you read it (If-Match \"3\", current ETag \"4\"); GET it again and reapply your change"}),
            Map.entry("413", new String[] {"payload-too-large", "Payload too large", "The body has 5000000 bytes; the limit is 2097152 bytes"}),
            Map.entry("406", new String[] {"not-acceptable", "Not Acceptable", "This resource cannot answer in the media type of your Accept header"}),
            Map.entry("415", new String[] {"unsupported-media-type", "Unsupported Media Type", "Send the body as Content-Type: application/json"}),
            Map.entry("422", new String[] {"unprocessable", "Request cannot be processed", "This Idempotency-Key was used for a different request body; use a new key for a new request"}),
            Map.entry("428", new String[] {"precondition-required", "Precondition required", "Send If-Match with the ETag from your last GET, so that you do not overwrite a change you have not seen"}),
            Map.entry("429", new String[] {"too-many-requests", "Too many requests", "Over 50 requests per second; retry after the Retry-After seconds"}),
            Map.entry("502", new String[] {"bad-gateway", "Bad gateway", "The plans service is not reachable"}),
            Map.entry("503", new String[] {"service-unavailable", "Service unavailable", "The plans service is not reachable; retry shortly"}),
            Map.entry("504", new String[] {"gateway-timeout", "Gateway timeout", "The plans service did not answer within 10 seconds"}));

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

    private static void describeProblem(String status, APIResponse response) {
        Content content = OASFactory.createContent();
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        String[] known = KNOWN.getOrDefault(status, new String[] {"error", "Error", response.getDescription()});
        String detail = response.getDescription() != null && !KNOWN.containsKey(status) ? response.getDescription() : known[2];
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", "urn:planprogress:problem:" + known[0]);
        example.put("title", known[1]);
        example.put("status", Integer.parseInt(status));
        example.put("detail", detail);
        example.put("instance", "/api/v1/plans");
        example.put("requestId", "9f6c2d0e-8a51-4c2b-9d3e-0c1f2a3b4c5d");
        if (status.equals("400")) {
            example.put("errors", java.util.List.of(Map.of("field", "tasks[0].leadUnits[0]", "message", "unknown unit code 'XYZ'")));
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
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text)
                                .addProperty("message", text)))
                .required(java.util.List.of("type", "title", "status"));
    }
}
