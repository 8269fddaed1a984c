package vn.planprogress.reports.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.planprogress.common.client.DownstreamHeaders;

/** The progress service over HTTP; used only through {@link Progress}, which owns retries and the circuit breaker. */
@RegisterRestClient(configKey = "progress")
@RegisterProvider(DownstreamHeaders.class)
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
interface ProgressClient {

    @GET
    Submission.Page list(@QueryParam("planId") UUID planId, @QueryParam("period") String period,
                         @QueryParam("asOf") String asOf, @QueryParam("page") int page, @QueryParam("size") int size);
}
