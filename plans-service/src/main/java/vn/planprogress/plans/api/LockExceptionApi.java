package vn.planprogress.plans.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Roles;

/**
 * The contract of lock exceptions: a planner opens one locked period of a plan for one unit until a
 * day; the progress service accepts that unit's entries for it until then, and the reports count
 * them late with the exception named. {@code LockExceptionResource} implements it.
 */
@Path("/api/v1/plans/{planId}/lock-exceptions")
@Tag(name = "Plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface LockExceptionApi {

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "createLockException", summary = "Open a locked period for one unit",
            description = "Entry for the period is accepted from that unit through the end of day until (Asia/Ho_Chi_Minh). "
                    + "The plan must be issued and lock its periods. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LockExceptionRequest.class),
            examples = @ExampleObject(name = "second quarter for HCTH", value = Examples.LOCK_EXCEPTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LockExceptionDocument.class),
            examples = @ExampleObject(name = "second quarter for HCTH", value = Examples.LOCK_EXCEPTION)))
    @APIResponse(responseCode = "400", description = "A unit not of the plan's tasks, a period the plan does not report on or that never "
            + "locks, until before today or before the period locks or over 366 days after, a blank reason (each named in errors)")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "409", description = "The plan is not issued")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    Response create(@PathParam("planId") UUID planId,
                    @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of creating again")
                    @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                    @NotNull(message = "a lock exception is required") @Valid LockExceptionRequest exception);

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listLockExceptions", summary = "List a plan's lock exceptions",
            description = "Oldest first, filtered by unit and period when given.")
    @APIResponse(responseCode = "200", description = "The lock exceptions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = LockExceptionDocument.class),
            examples = @ExampleObject(name = "one exception", value = "[" + Examples.LOCK_EXCEPTION + "]")))
    @APIResponse(responseCode = "404", description = "No plan with this id")
    List<LockExceptionDocument> list(@PathParam("planId") UUID planId,
                             @Parameter(example = "HCTH") @QueryParam("unitCode") String unitCode,
                             @Parameter(example = "2023-Q2") @QueryParam("period") String period);

    @GET
    @Path("/{exceptionId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getLockException", summary = "Get a lock exception", description = "One exception of the plan, as Location names it.")
    @APIResponse(responseCode = "200", description = "The lock exception",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LockExceptionDocument.class),
            examples = @ExampleObject(name = "second quarter for HCTH", value = Examples.LOCK_EXCEPTION)))
    @APIResponse(responseCode = "404", description = "No plan with this id, or no such exception of it")
    LockExceptionDocument get(@PathParam("planId") UUID planId, @PathParam("exceptionId") UUID exceptionId);

    @DELETE
    @Path("/{exceptionId}")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "deleteLockException", summary = "Withdraw a lock exception",
            description = "The period is locked again for that unit from now.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No plan with this id, or no such exception of it")
    void delete(@PathParam("planId") UUID planId, @PathParam("exceptionId") UUID exceptionId);
}
