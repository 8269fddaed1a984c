package vn.planprogress.plans.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.security.Roles;

/**
 * The contract of each year's days off, which the plans' working-day deadlines count with. The
 * government announces each year's Tết and compensating days separately, so an admin keeps them;
 * a year never set answers the Labour Code's defaults. {@code HolidayResource} implements it.
 */
@Path("/api/v1/calendar/holidays")
@Tag(name = "Calendar", description = "Days off and working Saturdays of each year, for working-day deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface HolidayApi {

    @GET
    @Path("/{year}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getHolidays", summary = "Get a year's days off",
            description = "The list an admin set (source SET), or, for a year never set, the days off the Labour Code 2019 fixes "
                    + "(source DEFAULT, to be checked against the year's official announcement). ETag holds the list's version, \"0\" for the defaults.")
    @APIResponse(responseCode = "200", description = "The year's days off",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidaysDocument.class),
            examples = @ExampleObject(name = "2023 as set (abridged)", value = Examples.HOLIDAYS)))
    @APIResponse(responseCode = "404", description = "Days off are kept for 2021 to 2100 only")
    Response get(@Parameter(example = "2023") @PathParam("year") int year);

    @PUT
    @Path("/{year}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "replaceHolidays", summary = "Replace a year's days off",
            description = "Replaces the whole list of the year; the calendars and digests of the plans that count working days in it "
                    + "change with it. Requires If-Match (\"0\" for a year never set).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidaysDocument.class),
            examples = @ExampleObject(name = "2023 as set (abridged)", value = Examples.HOLIDAYS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The year's new list; ETag holds its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HolidaysDocument.class),
            examples = @ExampleObject(name = "2023 as set (abridged)", value = Examples.HOLIDAYS)))
    @APIResponse(responseCode = "400", description = "A date outside the year, a date twice, a working Saturday that is not a Saturday "
            + "or is also a day off, a day without a name (each named in errors)")
    @APIResponse(responseCode = "404", description = "Days off are kept for 2021 to 2100 only")
    @APIResponse(responseCode = "412", description = "The list changed since the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    Response replace(@Parameter(example = "2023") @PathParam("year") int year,
                     @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag from your last GET (\"0\" for a year never set)")
                     @HeaderParam("If-Match") String ifMatch,
                     @NotNull(message = "a list of days off is required") @Valid HolidaysDocument holidays);
}
