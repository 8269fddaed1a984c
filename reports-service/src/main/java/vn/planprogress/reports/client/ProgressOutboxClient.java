package vn.planprogress.reports.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import vn.planprogress.common.client.DownstreamHeaders;
import vn.planprogress.common.events.OutboxBatch;

/** The progress service's outbox over HTTP; used only through {@link Outboxes}. */
@RegisterRestClient(configKey = "progress-outbox")
@RegisterProvider(DownstreamHeaders.class)
@Path("/internal/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
interface ProgressOutboxClient {

    @GET
    OutboxBatch after(@QueryParam("after") String after, @QueryParam("limit") int limit);
}
