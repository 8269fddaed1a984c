package vn.planprogress.reports.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.planprogress.common.client.DownstreamHeaders;

/** The plans service over HTTP; used only through {@link Plans}, which owns retries and the circuit breaker. */
@RegisterRestClient(configKey = "plans")
@RegisterProvider(DownstreamHeaders.class)
@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
interface PlansClient {

    @GET
    @Path("/{planId}/digest")
    PlanDigest digest(@PathParam("planId") UUID planId);

    /** The plan's lock exceptions, oldest first: a list, or a page of them ({@code items}, {@code totalPages}). */
    @GET
    @Path("/{planId}/lock-exceptions")
    JsonNode lockExceptions(@PathParam("planId") UUID planId, @QueryParam("period") String period, @QueryParam("page") Integer page,
                            @QueryParam("size") Integer size);

    @GET
    PlanSummary.Page list(@QueryParam("status") String status, @QueryParam("parentPlanNumber") String parentPlanNumber,
                          @QueryParam("page") int page, @QueryParam("size") int size);
}
