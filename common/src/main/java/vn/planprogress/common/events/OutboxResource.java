package vn.planprogress.common.events;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.security.Roles;

/**
 * The outbox read by the reports service's relay, on the services' own network: the gateway routes
 * no {@code /internal} path, and the public contract is the feed the relay fills. Served by the
 * services that set {@code planprogress.outbox.serve=true} at build time; refused to reporters,
 * whose events are unit-scoped in the feed.
 */
@Path("/internal/v1/outbox")
@IfBuildProperty(name = "planprogress.outbox.serve", stringValue = "true")
public class OutboxResource {

    @Inject
    OutboxReader reader;

    @Inject
    Caller caller;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.VIEWER)
    @Operation(hidden = true)
    public OutboxBatch after(@QueryParam("after") @DefaultValue("0.0") String after,
                             @QueryParam("limit") @DefaultValue("200") int limit) {
        if (caller.has(Roles.REPORTER)) {
            throw ProblemException.forbidden("The outbox is read by the platform's services; follow GET /api/v1/events");
        }
        OutboxCursor cursor;
        try {
            cursor = OutboxCursor.parse(after);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("after", e.getMessage());
        }
        if (limit < 1 || limit > OutboxReader.MAX_BATCH) {
            throw ProblemException.invalid("limit", "must be between 1 and " + OutboxReader.MAX_BATCH);
        }
        return reader.after(cursor, limit);
    }
}
