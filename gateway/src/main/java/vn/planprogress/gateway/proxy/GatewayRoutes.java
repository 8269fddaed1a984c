package vn.planprogress.gateway.proxy;

import io.opentelemetry.api.trace.Span;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.gateway.config.GatewaySettings;
import vn.planprogress.gateway.edge.BearerTokens;
import vn.planprogress.gateway.edge.EdgeProblems;
import vn.planprogress.gateway.edge.PathRules;
import vn.planprogress.gateway.edge.RateLimiter;
import vn.planprogress.gateway.openapi.CombinedDocuments;

/**
 * The gateway's routes. {@code /api/**}: a safe path, owned by a service, from a caller with a
 * valid token within its rate, goes to that service; everything else is answered here.
 * {@code /openapi/<service>}: the service's OpenAPI document, for the Swagger UI (anonymous);
 * {@code /openapi}: the three combined, with what the gateway itself answers.
 * The request id and the Content-Length limit are the shared filters' work, done before.
 */
@ApplicationScoped
public class GatewayRoutes {

    /** Where Quarkus' HTTP metrics look for a request's route template (as Quarkus REST leaves it). */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";

    private final UpstreamProxies proxies;
    private final BearerTokens tokens;
    private final RateLimiter rateLimiter;
    private final EdgeProblems problems;
    private final GatewaySettings settings;
    private final CombinedDocuments combined;

    @Inject
    public GatewayRoutes(UpstreamProxies proxies,
                         BearerTokens tokens,
                         RateLimiter rateLimiter,
                         EdgeProblems problems,
                         GatewaySettings settings,
                         CombinedDocuments combined) {
        this.proxies = proxies;
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
        this.problems = problems;
        this.settings = settings;
        this.combined = combined;
    }

    void mount(@Observes Router router) {
        router.route("/api/*").handler(rc -> api(rc.request()));
        for (Upstream upstream : Upstream.values()) {
            router.get("/openapi/" + upstream.key()).handler(rc -> document(rc.request(), upstream));
        }
        router.get("/openapi").handler(rc -> {
            if (withinRate(rc.request(), "address " + addressOf(rc.request()))) {
                combined.serve(rc.request());
            }
        });
    }

    private void api(HttpServerRequest request) {
        nameRoute(request);
        String fault = PathRules.faultOf(request.path());
        if (fault != null) {
            problems.answer(request, ProblemType.BAD_PATH, "Send the path as the API names it: " + fault);
            return;
        }
        Optional<Upstream> upstream = Upstream.owning(request.path());
        if (upstream.isEmpty()) {
            problems.answer(request, ProblemType.NOT_FOUND, "Nothing here: " + request.path()
                    + " (the API is under " + String.join(", ", Upstream.prefixes()) + ")");
            return;
        }
        Optional<String> subject = tokens.callerOf(request);
        String caller = subject.map(s -> "subject " + s).orElseGet(() -> "address " + addressOf(request));
        if (!withinRate(request, caller)) {
            return;
        }
        if (subject.isEmpty()) {
            problems.answer(request, ProblemType.UNAUTHORIZED,
                    "Send a valid bearer token (Authorization: Bearer <JWT>); the gateway refuses missing, malformed, "
                            + "expired and wrongly signed tokens, and those of another issuer",
                    Map.of("WWW-Authenticate", "Bearer"));
            return;
        }
        proxies.api(upstream.get()).handle(request);
    }

    private static void nameRoute(HttpServerRequest request) {
        String route = Upstream.routeOf(request.path());
        Vertx.currentContext().putLocal(ROUTE_TEMPLATE, route);
        Span.current().updateName(request.method().name() + " " + route).setAttribute("http.route", route);
    }

    private void document(HttpServerRequest request, Upstream upstream) {
        if (withinRate(request, "address " + addressOf(request))) {
            proxies.document(upstream).handle(request);
        }
    }

    private boolean withinRate(HttpServerRequest request, String caller) {
        OptionalLong wait = rateLimiter.acquire(caller);
        if (wait.isEmpty()) {
            return true;
        }
        problems.answer(request, ProblemType.TOO_MANY_REQUESTS,
                "Over " + rate() + " requests per second (bursts of " + settings.rateLimit().burst()
                        + "); retry after the Retry-After seconds",
                Map.of("Retry-After", String.valueOf(wait.getAsLong())));
        return false;
    }

    private String rate() {
        double perSecond = settings.rateLimit().requestsPerSecond();
        return perSecond == Math.rint(perSecond) ? String.valueOf((long) perSecond) : String.valueOf(perSecond);
    }

    private static String addressOf(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
