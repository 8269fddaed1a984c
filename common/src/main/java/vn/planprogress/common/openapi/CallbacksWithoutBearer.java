package vn.planprogress.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.callbacks.Callback;

/**
 * A callback is a request the platform makes to another system (a webhook delivery), not one made to
 * the platform: it carries no bearer token, and its receiver checks it by its own means (the
 * signature). Its operations say so with an empty security list, so that they are not read as needing
 * the platform's token.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CallbacksWithoutBearer implements OASFilter {

    @Override
    public Callback filterCallback(Callback callback) {
        if (callback.getPathItems() != null) {
            callback.getPathItems().values().forEach(path -> path.getOperations().values()
                    .forEach(operation -> operation.setSecurity(List.of())));
        }
        return callback;
    }
}
