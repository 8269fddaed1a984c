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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Roles;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;

/**
 * The contract of a draft plan's tasks one at a time: paths, parameters, the roles each operation needs,
 * answers and examples, as the OpenAPI document shows them. {@code TaskResource} implements it.
 */
@Path("/api/v1/plans/{planId}/tasks")
@Tag(name = "Tasks", description = "A plan's tasks one at a time (drafts only for changes)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface TaskApi {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listTasks", summary = "List a plan's tasks", description = "In the plan's order; paged.")
    @APIResponse(responseCode = "200", description = "A page of tasks")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    Page<TaskDocument> list(@PathParam("planId") UUID planId, @Valid @BeanParam PageRequest page);

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "addTask", summary = "Add a task to a draft plan", description = "Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Added; Location names the task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskDocument.class),
            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "400", description = "Fields that are missing or break a rule")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not a draft, or has a task with this code")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    Response add(@PathParam("planId") UUID planId,
                 @HeaderParam("If-Match") String ifMatch,
                 @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response")
                 @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                 @NotNull(message = "a task is required") @Valid TaskDocument task);

    @GET
    @Path("/{taskCode}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getTask", summary = "Get a task", description = "ETag holds the plan's version.")
    @APIResponse(responseCode = "200", description = "The task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskDocument.class),
            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "404", description = "No plan with this id, or no task with this code in it")
    Response get(@PathParam("planId") UUID planId, @Parameter(example = "III.4") @PathParam("taskCode") String taskCode);

    @PUT
    @Path("/{taskCode}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "replaceTask", summary = "Replace a task of a draft plan", description = "Requires If-Match with the plan's ETag.")
    @APIResponse(responseCode = "200", description = "The changed task",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskDocument.class),
            examples = @ExampleObject(name = "task", value = Examples.TASK)))
    @APIResponse(responseCode = "400", description = "Fields that are missing or break a rule")
    @APIResponse(responseCode = "404", description = "No plan with this id, or no task with this code in it")
    @APIResponse(responseCode = "409", description = "The plan is not a draft")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    Response replace(@PathParam("planId") UUID planId, @PathParam("taskCode") String taskCode,
                     @Parameter(in = ParameterIn.HEADER, required = true, description = "The plan's ETag")
                     @HeaderParam("If-Match") String ifMatch,
                     @NotNull(message = "a task is required") @Valid TaskDocument task);

    @DELETE
    @Path("/{taskCode}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "removeTask", summary = "Remove a task from a draft plan", description = "Drafts only; a plan keeps at least one task.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No plan with this id, or no task with this code in it")
    @APIResponse(responseCode = "409", description = "The plan is not a draft, or this is its only task")
    @APIResponse(responseCode = "412", description = "The plan changed since the ETag in If-Match")
    void delete(@PathParam("planId") UUID planId, @PathParam("taskCode") String taskCode,
                @HeaderParam("If-Match") String ifMatch);
}
