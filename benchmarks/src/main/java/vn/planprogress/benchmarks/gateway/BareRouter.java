package vn.planprogress.benchmarks.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.planprogress.common.problem.Problem;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.devsupport.DevTokens;

/**
 * The gateway benchmark's third proxy: the gateway's {@code /api/*} route to the plans service on a
 * bare Vert.x router, without Quarkus. The bearer token is checked once, in the route's handler, with
 * the gateway's cache of verified tokens (the development key and issuer); without a valid one the
 * answer is 401, with one the request goes to the plans service through the same Vert.x reverse
 * proxy over kept-alive pooled connections, the Host as received and X-Forwarded-For added, as
 * nginx does. No rate limit, path rules, request id, metrics, tracing or access log: what the
 * gateway costs beyond this is what those and Quarkus' HTTP layer cost.
 *
 * <p>Started by {@link GatewayBenchmark} as a child process, with {@code PORT} (where it listens)
 * and {@code PLANS_URL} (where it sends requests) in its environment; one server per event loop,
 * twice the cores (Vert.x's default number of event loops).
 */
public final class BareRouter extends AbstractVerticle {

    /** The gateway's connections per service (planprogress.gateway.connections-per-service), shared by the event loops. */
    private static final int CONNECTIONS = 100;
    private static final String PUBLIC_KEY = "/dev-jwt/public-key.pem";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI plans;
    private final int connections;
    private final VerifiedTokens tokens;
    private final int port;

    private BareRouter(URI plans, int connections, VerifiedTokens tokens, int port) {
        this.plans = plans;
        this.connections = connections;
        this.tokens = tokens;
        this.port = port;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(environment("PORT"));
        URI plans = URI.create(environment("PLANS_URL"));
        VerifiedTokens tokens = new VerifiedTokens(new DefaultJWTParser(new JWTAuthContextInfo(developmentKey(), DevTokens.ISSUER)));
        Vertx vertx = Vertx.vertx();
        int instances = 2 * Runtime.getRuntime().availableProcessors();
        int connections = (CONNECTIONS + instances - 1) / instances;
        vertx.deployVerticle(() -> new BareRouter(plans, connections, tokens, port), new DeploymentOptions().setInstances(instances))
                .onSuccess(deployed -> System.out.printf("bare router: %d servers on port %d, to %s%n", instances, port, plans))
                .onFailure(failure -> {
                    failure.printStackTrace();
                    System.exit(1);
                });
    }

    /**
     * The server and its own pool of connections to the plans service on this verticle's event loop,
     * as the gateway keeps one per event loop: an answer streams back on the thread that received
     * the request.
     */
    @Override
    public void start(Promise<Void> started) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(connections));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(plans.getPort(), plans.getHost())
                .addInterceptor(new ForwardedFor());
        Router router = Router.router(vertx);
        router.route("/api/*").handler(context -> {
            HttpServerRequest request = context.request();
            if (tokens.verify(request)) {
                proxy.handle(request);
            } else {
                unauthorized(request);
            }
        });
        vertx.createHttpServer().requestHandler(router).listen(port).<Void>mapEmpty().onComplete(started);
    }

    /** The gateway's 401: a problem of the catalogue, with WWW-Authenticate. */
    private static void unauthorized(HttpServerRequest request) {
        ProblemType type = ProblemType.UNAUTHORIZED;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                "Send a valid bearer token (Authorization: Bearer <JWT>)", request.path(), null, null, null);
        request.response()
                .setStatusCode(type.status())
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Buffer.buffer(json(problem)));
    }

    private static byte[] json(Problem problem) {
        try {
            return JSON.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }

    private static PublicKey developmentKey() {
        try (InputStream in = BareRouter.class.getResourceAsStream(PUBLIC_KEY)) {
            if (in == null) {
                throw new IllegalStateException(PUBLIC_KEY + " is not on the class path (common's resources)");
            }
            return KeyUtils.decodePublicKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(PUBLIC_KEY + " is not a public key", e);
        }
    }

    private static String environment(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + name);
        }
        return value;
    }

    /**
     * The gateway's check, once per request: exactly one bearer token, verified by its signature,
     * issuer and expiry the first time and then remembered until it expires, five minutes at most.
     */
    static final class VerifiedTokens {

        private static final String SCHEME = "bearer ";
        private static final long REMEMBER_AT_MOST = Duration.ofMinutes(5).toMillis();
        private static final int REMEMBERED_AT_MOST = 10_000;

        /** Verified tokens, and until when each is taken without checking again. */
        private final ConcurrentHashMap<String, Long> verified = new ConcurrentHashMap<>();
        private final DefaultJWTParser parser;

        VerifiedTokens(DefaultJWTParser parser) {
            this.parser = parser;
        }

        boolean verify(HttpServerRequest request) {
            List<String> headers = request.headers().getAll("Authorization");
            if (headers.size() != 1 || !headers.get(0).toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
                return false;
            }
            String token = headers.get(0).substring(SCHEME.length()).trim();
            long now = System.currentTimeMillis();
            Long until = verified.get(token);
            if (until != null && now < until) {
                return true;
            }
            try {
                JsonWebToken jwt = parser.parse(token);
                if (verified.size() >= REMEMBERED_AT_MOST) {
                    verified.clear();
                }
                verified.put(token, Math.min(jwt.getExpirationTime() * 1000, now + REMEMBER_AT_MOST));
                return true;
            } catch (ParseException refused) {
                return false;
            }
        }
    }

    /** X-Forwarded-For, as nginx is configured to add it; the rest as the Vert.x proxy does by default. */
    private static final class ForwardedFor implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            HttpServerRequest incoming = context.request().proxiedRequest();
            String client = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress();
            String earlier = context.request().headers().get("X-Forwarded-For");
            context.request().headers().set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
            return context.sendRequest();
        }
    }
}
