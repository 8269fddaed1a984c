package vn.planprogress.gateway.proxy;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.HttpProxy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.planprogress.gateway.config.GatewaySettings;
import vn.planprogress.gateway.edge.EdgeProblems;

/**
 * One reverse proxy per service for its API, and one for its OpenAPI document, sharing pools of
 * kept-alive connections, one per event loop ({@link LoopClients}). A failed request leaves nothing
 * behind: the next one connects afresh, so a service that comes back is reached again without
 * restarting the gateway.
 */
@ApplicationScoped
public class UpstreamProxies {

    private final Vertx vertx;
    private final GatewaySettings settings;
    private final EdgeProblems problems;
    private final MemorySize bodyLimit;
    private final Map<Upstream, HttpProxy> api = new EnumMap<>(Upstream.class);
    private final Map<Upstream, HttpProxy> documents = new EnumMap<>(Upstream.class);
    private LoopClients clients;

    @Inject
    public UpstreamProxies(Vertx vertx,
                           GatewaySettings settings,
                           EdgeProblems problems,
                           @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize bodyLimit) {
        this.vertx = vertx;
        this.settings = settings;
        this.problems = problems;
        this.bodyLimit = bodyLimit;
    }

    @PostConstruct
    void start() {
        clients = new LoopClients(vertx, new HttpClientOptions()
                        .setConnectTimeout((int) settings.connectTimeout().toMillis())
                        .setKeepAlive(true),
                settings.connectionsPerService());
        for (Upstream upstream : Upstream.values()) {
            api.put(upstream, proxy(upstream, UpstreamProxies::pathAndQuery));
            documents.put(upstream, proxy(upstream, request -> "/q/openapi" + query(request)));
        }
    }

    @PreDestroy
    void stop() {
        clients.close();
    }

    /** Passes {@code /api/v1/...} requests on to the service, path and query as received. */
    public HttpProxy api(Upstream upstream) {
        return api.get(upstream);
    }

    /** Serves the service's OpenAPI document ({@code /q/openapi}). */
    public HttpProxy document(Upstream upstream) {
        return documents.get(upstream);
    }

    /** The connections to the services of the event loop this runs on, also used to ask them whether they are ready. */
    public HttpClient client() {
        return clients.current();
    }

    /** A new request to the service's address. */
    public RequestOptions requestTo(Upstream upstream) {
        URI address = upstream.address(settings);
        boolean https = "https".equals(address.getScheme());
        return new RequestOptions()
                .setHost(address.getHost())
                .setPort(address.getPort() > 0 ? address.getPort() : https ? 443 : 80)
                .setSsl(https);
    }

    private HttpProxy proxy(Upstream upstream, Function<HttpServerRequest, String> target) {
        // The proxy's own client is never used: each request asks for one on its event loop.
        return HttpProxy.reverseProxy(clients.current())
                .origin(context -> client().request(requestTo(upstream)
                        .setIdleTimeout(settings.upstreamTimeout().toMillis())))
                .addInterceptor(new Forwarding(upstream, target, bodyLimit.asLongValue(), settings.upstreamTimeout(), problems));
    }

    private static String pathAndQuery(HttpServerRequest request) {
        return request.path() + query(request);
    }

    private static String query(HttpServerRequest request) {
        return request.query() == null ? "" : "?" + request.query();
    }
}
