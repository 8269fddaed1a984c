package vn.planprogress.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.security.Roles;

/**
 * The contract of the provincial roll-up: its path, parameters, the role it needs, answers and examples,
 * as the OpenAPI document shows them. {@code RollupResource} implements it.
 */
@Path("/api/v1/reports/rollups")
@Tag(name = "Provincial roll-up", description = "One report across the departments' plans that implement the same provincial plan")
@Produces(MediaType.APPLICATION_JSON)
public interface RollupApi {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "rollUp", summary = "Roll up the plans that implement a parent plan",
            description = "For every issued (or closed) plan whose parent plan has this number, its task totals and completeness "
                    + "(with its missing units), and the sums over all of them; for one period or the whole year, now or as of an instant. "
                    + "Built from all of its data or not at all (503).")
    @APIResponse(responseCode = "200", description = "The roll-up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Rollup.class), examples = @ExampleObject(name = "34/KH-UBND", value = Examples.ROLLUP)))
    @APIResponse(responseCode = "400", description = "parentPlanNumber is missing, period is not a period of every plan, or asOf is malformed or in the future")
    @APIResponse(responseCode = "404", description = "No issued plan implements this parent plan")
    @APIResponse(responseCode = "503", description = "The plans or progress service cannot be read; retry after Retry-After seconds")
    Rollup rollup(@Parameter(required = true, description = "Number of the parent plan", example = "34/KH-UBND")
                  @QueryParam("parentPlanNumber") String parentPlanNumber,
                  @Parameter(description = "A reporting period of every plan; the whole year when absent", example = "2022")
                  @QueryParam("period") String period,
                  @Parameter(description = "ISO-8601 instant with offset, not in the future; now when absent")
                  @QueryParam("asOf") Instant asOf);
}
