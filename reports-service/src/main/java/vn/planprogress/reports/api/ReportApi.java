package vn.planprogress.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.security.Roles;

/**
 * The contract of a plan's live report: its path, parameters, the role it needs, answers and examples,
 * as the OpenAPI document shows them. {@code ReportResource} implements it.
 */
@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Live reports of a plan: progress, indicators, completeness and timeliness")
@Produces(MediaType.APPLICATION_JSON)
public interface ReportApi {

    @GET
    @Path("/plans/{planId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getLiveReport", summary = "Get a plan's live report",
            description = "Tasks by status, indicators with target, achieved and percent of target (per breakdown part too; per unit for "
                    + "a percent or qualitative indicator; counted on the report's shortest period type, so that a quarter, its half "
                    + "and the year are not added together), expected / received / on-time / late / missing submissions per period "
                    + "window with the missing units named and, on a late submission entered after its period locked, the lock "
                    + "exception it came in under, difficulties and proposals: for one reporting period or the whole year, as the "
                    + "submissions stand now or stood at asOf (later revisions ignored). Built from the plans service (the digest, and "
                    + "the lock exceptions of a plan whose periods lock) and the progress service; when either cannot be read, 503 "
                    + "with Retry-After, never a partial report.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Report.class), examples = {
                    @ExampleObject(name = "seed plan", value = Examples.REPORT),
                    @ExampleObject(name = "cut-off plan, quarter II", value = Examples.CUT_OFF_QUARTER)}))
    @APIResponse(responseCode = "400", description = "period spells no period or is not a reporting period of the plan, or asOf is malformed or in the future")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "503", description = "The plans or progress service cannot be read; retry after Retry-After seconds")
    Report live(@PathParam("planId") UUID planId,
                @Parameter(description = "A reporting period of the plan; the whole year when absent", example = "2022")
                @QueryParam("period") String period,
                @Parameter(description = "ISO-8601 instant with offset, not in the future; now when absent",
                               example = "2022-11-12T10:00:00+07:00")
                @QueryParam("asOf") Instant asOf);
}
