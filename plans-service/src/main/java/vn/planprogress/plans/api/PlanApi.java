package vn.planprogress.plans.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Roles;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;

/**
 * The contract of the plans through their lifecycle: paths, parameters, the roles each operation needs,
 * answers and examples, as the OpenAPI document shows them. {@code PlanResource} implements it.
 */
@Path("/api/v1/plans")
@Tag(name = "Plans", description = "Plans as whole documents, through their lifecycle: draft, issued, amended, closed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface PlanApi {

    /** The whole seed plan, the example of a plan (added by SeedPlanExample). */
    String SEED_PLAN = "#/components/examples/seed-plan";

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listPlans", summary = "List plans", description = "Filterable by year, owner unit, status and the plan they implement; paged, newest year first.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid")
    Page<PlanSummary> list(
            @Parameter(example = "2022") @QueryParam("year") Integer year,
            @Parameter(description = "Code of the issuing unit", example = "SKHCN") @QueryParam("ownerUnit") String ownerUnit,
            @QueryParam("status") PlanStatus status,
            @Parameter(description = "Number of the plan they implement", example = "34/KH-UBND")
            @QueryParam("parentPlanNumber") String parentPlanNumber,
            @Valid @BeanParam PageRequest page);

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "createPlan", summary = "Create a whole plan as a draft",
            description = "Takes the same JSON document as GET returns (read-only fields are ignored). Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "201", description = "Created as DRAFT; Location names the plan, ETag holds its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, or fields that are missing or break a rule (each named in errors)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of creating again")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @NotNull(message = "a plan is required") @Valid PlanDocument plan);

    @GET
    @Path("/{planId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPlan", summary = "Get a whole plan", description = "The same shape POST takes, with the derived fields filled in. ETag holds its version.")
    @APIResponse(responseCode = "200", description = "The plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "404", description = "No plan with this id")
    Response get(@PathParam("planId") UUID planId);

    @PUT
    @Path("/{planId}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "replacePlan", summary = "Replace a draft plan", description = "Drafts only; an issued plan changes through amendments. Requires If-Match.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "200", description = "The changed plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "400", description = "Fields that are missing or break a rule")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is issued or closed")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    Response replace(@PathParam("planId") UUID planId,
                     @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag from your last GET")
                     @HeaderParam("If-Match") String ifMatch,
                     @NotNull(message = "a plan is required") @Valid PlanDocument plan);

    @DELETE
    @Path("/{planId}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "deletePlan", summary = "Delete a draft plan", description = "Drafts only; an issued plan is closed instead.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is issued or closed")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    void delete(@PathParam("planId") UUID planId, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{planId}/issue")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "issuePlan", summary = "Issue a draft plan", description = "Gives it its number (the next of the unit's register for the year, "
            + "or the one sent) and freezes its content. The issued version is kept.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IssueRequest.class),
            examples = @ExampleObject(name = "number from the register", value = Examples.ISSUE)))
    @APIResponse(responseCode = "200", description = "The issued plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "400", description = "The sequence is not valid, or the plan breaks a rule against today's units")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not a draft, or the number is taken")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    Response issue(@PathParam("planId") UUID planId, @HeaderParam("If-Match") String ifMatch, @Valid IssueRequest request);

    @POST
    @Path("/{planId}/amendments")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "amendPlan", summary = "Amend an issued plan", description = "Replaces the content of an issued plan and keeps the previous version. "
            + "The year, owner unit, period types and window stay. Requires If-Match; send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "The amended plan; Location names the kept version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "400", description = "Fields that are missing or break a rule (under plan.)")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is a draft or closed")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    Response amend(@PathParam("planId") UUID planId,
                   @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag from your last GET")
                   @HeaderParam("If-Match") String ifMatch,
                   @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response")
                   @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                   @NotNull(message = "an amendment is required") @Valid AmendmentRequest amendment);

    @POST
    @Path("/{planId}/close")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "closePlan", summary = "Close an issued plan", description = "A closed plan takes no more changes.")
    @APIResponse(responseCode = "200", description = "The closed plan",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not issued")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    Response close(@PathParam("planId") UUID planId, @HeaderParam("If-Match") String ifMatch);

    @GET
    @Path("/{planId}/versions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listPlanVersions", summary = "List the issued versions of a plan", description = "The original at issue (amendment 0), then one per amendment.")
    @APIResponse(responseCode = "200", description = "The versions, oldest first")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    List<PlanVersionSummary> versions(@PathParam("planId") UUID planId);

    @GET
    @Path("/{planId}/versions/{amendment}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPlanVersion", summary = "Get an issued version of a plan",
            description = "The whole plan as it stood at issue or after an amendment: the JSON served then, byte for byte.")
    @APIResponse(responseCode = "200", description = "The plan as it stood",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDocument.class),
            examples = @ExampleObject(name = "seed plan", ref = SEED_PLAN)))
    @APIResponse(responseCode = "404", description = "No plan with this id, or no such version")
    Response version(@PathParam("planId") UUID planId, @PathParam("amendment") int amendment);

    @GET
    @Path("/{planId}/digest")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPlanDigest", summary = "Get a plan's digest for other services",
            description = "Periods with their windows and dates, tasks with resolved units, schedules and indicators, and the units named: "
                    + "what the progress and reports services need, in one small response. ETag holds the plan's version and a hash of "
                    + "the versions of the days off its working days are counted with, so it changes with either.")
    @APIResponse(responseCode = "200", description = "The digest",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanDigest.class),
            examples = @ExampleObject(name = "digest", value = Examples.DIGEST)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    Response digest(@PathParam("planId") UUID planId, @Context HttpHeaders headers);

    @GET
    @Path("/{planId}/calendar")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPlanCalendar", summary = "Get a plan's reporting calendar",
            description = "Every period of the plan's year with its window, unit and consolidated deadline, entry opening and lock as dates, "
                    + "as its rules and the days off of the years used make them; by window end, the shorter period first.")
    @APIResponse(responseCode = "200", description = "The calendar",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanCalendarDocument.class),
            examples = @ExampleObject(name = "quarterly, six-month and yearly on cut-off windows", value = Examples.CALENDAR)))
    @APIResponse(responseCode = "404", description = "No plan with this id")
    PlanCalendarDocument calendar(@PathParam("planId") UUID planId);
}
