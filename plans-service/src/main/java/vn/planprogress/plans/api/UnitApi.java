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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
 * The contract of the units: paths, parameters, the roles each operation needs, answers and examples,
 * as the OpenAPI document shows them. {@code UnitResource} implements it.
 */
@Path("/api/v1/units")
@Tag(name = "Units", description = "The province, its departments and their divisions, and external bodies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface UnitApi {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listUnits", summary = "List units", description = "Filterable by parent unit and kind; paged, ordered by code.")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid")
    Page<UnitDocument> list(
            @Parameter(description = "Only the units directly under this unit", example = "SKHCN") @QueryParam("parentCode") String parentCode,
            @Parameter(description = "Only units of this kind") @QueryParam("kind") UnitKind kind,
            @Valid @BeanParam PageRequest page);

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createUnit", summary = "Create a unit", description = "Admins only. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Created; Location names the unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDocument.class),
            examples = @ExampleObject(name = "unit", value = Examples.UNIT)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule, or the parent unit does not exist")
    @APIResponse(responseCode = "409", description = "A unit with this code exists")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of creating again")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @NotNull(message = "a unit is required") @Valid UnitDocument unit);

    @GET
    @Path("/{code}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getUnit", summary = "Get a unit", description = "The ETag header holds the version to send back in If-Match.")
    @APIResponse(responseCode = "200", description = "The unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDocument.class),
            examples = @ExampleObject(name = "unit", value = Examples.UNIT)))
    @APIResponse(responseCode = "404", description = "No unit with this code")
    Response get(@Parameter(example = "HCTH") @PathParam("code") String code);

    @PUT
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateUnit", summary = "Change a unit", description = "Admins only. Requires If-Match with the unit's ETag.")
    @APIResponse(responseCode = "200", description = "The changed unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitDocument.class),
            examples = @ExampleObject(name = "unit", value = Examples.UNIT)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, the parent does not exist or would make a loop")
    @APIResponse(responseCode = "404", description = "No unit with this code")
    @APIResponse(responseCode = "412", description = "The unit changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    Response update(@PathParam("code") String code,
                    @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag from your last GET")
                    @HeaderParam("If-Match") String ifMatch,
                    @NotNull(message = "a unit is required") @Valid UnitDocument unit);

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteUnit", summary = "Delete an unused unit", description = "Admins only. Refused while units sit under it or a plan names it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No unit with this code")
    @APIResponse(responseCode = "409", description = "Units sit under it, or plans name it (the problem lists them)")
    void delete(@PathParam("code") String code);
}
