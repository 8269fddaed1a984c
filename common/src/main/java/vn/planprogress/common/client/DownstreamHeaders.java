package vn.planprogress.common.client;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.MDC;
import vn.planprogress.common.web.RequestIds;

/**
 * What a service sends along when it calls another: the request id of the request it serves, and
 * a bearer token. The token is the service's own ({@code planprogress.client.token}, e.g. from the
 * identity provider's client-credentials grant) when configured, else the caller's, passed on
 * (also from a thread the request handed it to, see {@link CallerHandover}).
 * Register it on every REST client interface with {@code @RegisterProvider(DownstreamHeaders.class)}.
 */
public class DownstreamHeaders implements ClientRequestFilter {

    private final Optional<String> serviceToken;
    private final CallerHandover caller;

    @Inject
    public DownstreamHeaders(@ConfigProperty(name = "planprogress.client.token") Optional<String> serviceToken,
                             CallerHandover caller) {
        this.serviceToken = serviceToken;
        this.caller = caller;
    }

    @Override
    public void filter(ClientRequestContext request) {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        if (requestId != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, requestId.toString());
        }
        if (request.getHeaders().containsKey(HttpHeaders.AUTHORIZATION)) {
            return;
        }
        if (serviceToken.isPresent() && !serviceToken.get().isBlank()) {
            request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + serviceToken.get());
        } else {
            caller.authorization().ifPresent(value -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, value));
        }
    }
}
