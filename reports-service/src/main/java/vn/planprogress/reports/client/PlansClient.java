package vn.planprogress.reports.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    PlanSummary.Page list(@QueryParam("status") String status, @QueryParam("parentPlanNumber") String parentPlanNumber,
                          @QueryParam("page") int page, @QueryParam("size") int size);
}
