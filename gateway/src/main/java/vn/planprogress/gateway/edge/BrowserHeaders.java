package vn.planprogress.gateway.edge;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import vn.planprogress.gateway.config.GatewaySettings;

/**
 * What the gateway tells browsers on every answer, its own and the services' alike: not to guess
 * content types, not to send this site's addresses on as a Referer, to keep to HTTPS when the gateway
 * is reached over TLS (HSTS), and, for the configured origins, CORS. A preflight from a configured
 * origin is answered here, before authentication and without reaching a service.
 */
@ApplicationScoped
public class BrowserHeaders {

    /** After the request id (so that even a preflight has one), before the routes. */
    private static final int PRIORITY = 9_000;
    private static final String HSTS = "max-age=31536000";

    private final CrossOrigin crossOrigin;
    private final boolean hsts;

    @Inject
    public BrowserHeaders(GatewaySettings settings) {
        this.crossOrigin = CrossOrigin.of(settings.cors().origins().orElse(List.of()), settings.cors().maxAge());
        this.hsts = settings.hsts();
    }

    void register(@Observes Filters filters) {
        filters.register(this::handle, PRIORITY);
    }

    private void handle(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        String origin = request.getHeader("Origin");
        boolean allowed = crossOrigin.allows(origin);
        if (allowed && isPreflight(request)) {
            MultiMap headers = rc.response().headers();
            securityHeaders(headers, request);
            headers.set("Access-Control-Allow-Origin", origin)
                    .set("Access-Control-Allow-Methods", CrossOrigin.ALLOWED_METHODS)
                    .set("Access-Control-Allow-Headers", CrossOrigin.ALLOWED_HEADERS)
                    .set("Access-Control-Max-Age", String.valueOf(crossOrigin.maxAgeSeconds()))
                    .add("Vary", "Origin, Access-Control-Request-Method, Access-Control-Request-Headers");
            rc.response().setStatusCode(204).end();
            return;
        }
        // Set as the headers leave, so that a service's answer, copied in by the proxy, cannot stand beside them.
        rc.addHeadersEndHandler(done -> {
            MultiMap headers = rc.response().headers();
            securityHeaders(headers, request);
            if (crossOrigin.enabled()) {
                headers.add("Vary", "Origin");
            }
            if (allowed) {
                headers.set("Access-Control-Allow-Origin", origin)
                        .set("Access-Control-Expose-Headers", CrossOrigin.EXPOSED_HEADERS);
            }
        });
        rc.next();
    }

    private void securityHeaders(MultiMap headers, HttpServerRequest request) {
        headers.set("X-Content-Type-Options", "nosniff")
                .set("Referrer-Policy", "no-referrer");
        if (hsts || request.isSSL()) {
            headers.set("Strict-Transport-Security", HSTS);
        }
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader("Access-Control-Request-Method") != null;
    }
}
