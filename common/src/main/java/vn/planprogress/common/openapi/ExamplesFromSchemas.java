package vn.planprogress.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every JSON body that has a schema but no example one built from the examples of the
 * schema's fields, so that each status code shows an example body while resources state the
 * example only where a hand-written one says more (a whole seed plan, say).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ExamplesFromSchemas implements OASFilter {

    private static final int MAX_DEPTH = 30;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                ? Map.of() : openAPI.getComponents().getSchemas();
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    fill(operation.getRequestBody().getContent(), schemas, true);
                }
                if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                    operation.getResponses().getAPIResponses().values().forEach(response -> fill(response.getContent(), schemas, false));
                }
            }
        }
    }

    private static void fill(Content content, Map<String, Schema> schemas, boolean request) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> entry : content.getMediaTypes().entrySet()) {
            MediaType media = entry.getValue();
            boolean hasExample = media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty());
            if (!hasExample && media.getSchema() != null && entry.getKey().contains("json")) {
                media.setExample(new Example(schemas, request).of(media.getSchema(), 0));
            }
        }
    }

    /** An example of one body: request bodies leave out read-only fields; recursive schemas stop where they recur. */
    private static final class Example {

        private final Map<String, Schema> schemas;
        private final boolean request;
        private final java.util.Set<String> path = new java.util.HashSet<>();

        Example(Map<String, Schema> schemas, boolean request) {
            this.schemas = schemas;
            this.request = request;
        }

        Object of(Schema schema, int depth) {
            if (schema == null || depth > MAX_DEPTH) {
                return null;
            }
            if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
                return schema.getExamples().get(0);
            }
            if (schema.getExample() != null) {
                return schema.getExample();
            }
            if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
                return schema.getEnumeration().get(0);
            }
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (!path.add(name)) {
                    return null;
                }
                Object example = of(schemas.get(name), depth + 1);
                path.remove(name);
                return example;
            }
            if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
                return of(schema.getAllOf().get(0), depth + 1);
            }
            List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
            if (types.contains(Schema.SchemaType.ARRAY)) {
                Object item = of(schema.getItems(), depth + 1);
                List<Object> list = new ArrayList<>();
                if (item != null) {
                    list.add(item);
                }
                return list;
            }
            if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                Map<String, Object> object = new LinkedHashMap<>();
                schema.getProperties().forEach((name, property) -> {
                    if (request && Boolean.TRUE.equals(property.getReadOnly())) {
                        return;
                    }
                    Object value = of(property, depth + 1);
                    if (value != null) {
                        object.put(name, value);
                    }
                });
                return object;
            }
            if (types.contains(Schema.SchemaType.STRING)) {
                String format = schema.getFormat() == null ? "" : schema.getFormat();
                return switch (format) {
                    case "date" -> "2022-11-10";
                    case "date-time" -> "2022-11-10T09:00:00+07:00";
                    case "uuid" -> "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10";
                    default -> "string";
                };
            }
            if (types.contains(Schema.SchemaType.INTEGER) || types.contains(Schema.SchemaType.NUMBER)) {
                return 0;
            }
            if (types.contains(Schema.SchemaType.BOOLEAN)) {
                return false;
            }
            return null;
        }
    }
}
