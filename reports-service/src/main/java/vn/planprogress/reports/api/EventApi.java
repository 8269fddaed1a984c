package vn.planprogress.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.security.Roles;

/**
 * The contract of the event feed: its path, parameters, the role it needs, answers and examples, as the
 * OpenAPI document shows them. {@code EventResource} implements it.
 */
@Path("/api/v1/events")
@Tag(name = "Events", description = "The platform's domain events in one ordered feed, for systems that follow it from their last cursor")
@Produces(MediaType.APPLICATION_JSON)
public interface EventApi {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listEvents", summary = "Read the event feed after a cursor",
            description = "Plans issued, amended and closed; submissions created, corrected and reviewed; snapshots taken and "
                    + "consolidated reports ready; reminders due: each written in the transaction of its change and relayed here within "
                    + "seconds, in one order that never changes and that a later event never falls behind. Store next and ask again with it "
                    + "as after: nothing is skipped or repeated. A reporter sees the events that name its unit.")
    @APIResponse(responseCode = "200", description = "The events after the cursor, oldest first, and the cursor to read on from",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EventPage.class),
                    examples = @ExampleObject(name = "a plan issued, a submission returned", value = Examples.EVENT_PAGE)))
    @APIResponse(responseCode = "400", description = "after is not a cursor of this feed (or lies beyond its end), a type is not an event type, "
            + "or limit is not between 1 and 500")
    EventPage list(@Parameter(description = "A cursor this feed gave (an event's cursor, or a page's next); from the start when absent",
                           example = "eZmVlZDo0Mg")
                   @QueryParam("after") String after,
                   @Parameter(description = "Only events of these types; repeat the parameter for several (type=plan.issued&type=plan.amended)",
                           schema = @Schema(type = SchemaType.ARRAY, implementation = EventType.class))
                   @QueryParam("type") List<String> types,
                   @Parameter(description = "How many events at most, 1 to 500; 100 when absent", example = "100")
                   @QueryParam("limit") Integer limit);
}
