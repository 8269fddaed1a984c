package vn.planprogress.progress.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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
    @Path("/{planId}/lock-exceptions")
    List<LockException> lockExceptions(@PathParam("planId") UUID planId, @QueryParam("unitCode") String unitCode,
                                       @QueryParam("period") String period);
}
