package vn.planprogress.common.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Bearer JWT schemes have no OAuth scopes; the roles an operation needs are stated in its
 * description instead of being listed as scopes, which OpenAPI reserves for OAuth2 and OIDC.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class BearerWithoutScopes implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() == null) {
            return operation;
        }
        for (SecurityRequirement requirement : operation.getSecurity()) {
            List<String> schemes = List.copyOf(requirement.getSchemes().keySet());
            for (String scheme : schemes) {
                List<String> roles = requirement.getScheme(scheme);
                if (roles != null && !roles.isEmpty()) {
                    String needs = "Needs the role " + String.join(" or ", roles) + " (or a role that includes it).";
                    operation.setDescription(operation.getDescription() == null ? needs : operation.getDescription() + " " + needs);
                }
                requirement.addScheme(scheme, List.of());
            }
        }
        return operation;
    }
}
