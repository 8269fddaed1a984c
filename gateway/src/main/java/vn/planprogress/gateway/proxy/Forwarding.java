package vn.planprogress.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.jboss.logging.Logger;
import vn.planprogress.common.problem.Problem;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.common.web.RequestIds;
import vn.planprogress.gateway.edge.EdgeProblems;

/**
 * How a request goes to one service and its answer comes back: the path and query as received
 * (or the service's own path for its API document), forwarding headers, the trace it is part of,
 * the body limit, and a problem naming the service when it cannot be reached (502) or stays
 * silent (504).
 */
final class Forwarding implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(Forwarding.class);
    /** Headers about one connection, which must not cross the gateway (RFC 9110 section 7.6.1). */
    private static final List<String> HOP_BY_HOP = List.of("Connection", "Keep-Alive", "Proxy-Connection", "TE",
            "Trailer", "Upgrade");
    /** The gateway has answered it already (100 Continue), and streams the body on as it comes. */
    private static final String EXPECT = "Expect";
    private static final List<String> TRACE_HEADERS = List.of("traceparent", "tracestate");

    private final Upstream upstream;
    private final Function<HttpServerRequest, String> target;
    private final long bodyLimit;
    private final Duration timeout;
    private final EdgeProblems problems;

    Forwarding(Upstream upstream, Function<HttpServerRequest, String> target, long bodyLimit, Duration timeout,
               EdgeProblems problems) {
        this.upstream = upstream;
        this.target = target;
        this.bodyLimit = bodyLimit;
        this.timeout = timeout;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest incoming = request.proxiedRequest();
        request.setURI(target.apply(incoming));
        if (incoming.authority() != null) {
            // The caller's Host, so that the links a service makes (Location) point at the gateway, not at the service.
            request.setAuthority(incoming.authority());
        }
        request.headers().remove(EXPECT);
        forwardedHeaders(request.headers(), incoming);
        // The service continues the gateway's span, whose traceparent the Vert.x client's tracing adds as the
        // request leaves; the caller's, copied with the other headers, would stand beside it.
        TRACE_HEADERS.forEach(request.headers()::remove);
        LimitedBody body = new LimitedBody(request.getBody().stream(), bodyLimit);
        request.setBody(Body.body(body, request.getBody().length()));
        return context.sendRequest().recover(failure -> Future.succeededFuture(problem(request, body, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        HOP_BY_HOP.forEach(headers::remove);
        // The gateway has set the same id on the response already.
        headers.remove(RequestIds.HEADER);
        return context.sendResponse();
    }

    private static void forwardedHeaders(MultiMap headers, HttpServerRequest incoming) {
        String client = incoming.remoteAddress() == null ? "unknown" : incoming.remoteAddress().hostAddress();
        String earlier = headers.get("X-Forwarded-For");
        headers.set("X-Forwarded-For", earlier == null ? client : earlier + ", " + client);
        headers.set("X-Forwarded-Proto", incoming.scheme());
    }

    private ProxyResponse problem(ProxyRequest request, LimitedBody body, Throwable failure) {
        HttpServerRequest incoming = request.proxiedRequest();
        ProblemType type;
        String detail;
        if (body.exceeded()) {
            type = ProblemType.PAYLOAD_TOO_LARGE;
            detail = "The body is over the limit of " + body.limit() + " bytes";
            // The rest of the body is not worth reading.
            incoming.response().putHeader("Connection", "close")
                    .endHandler(done -> incoming.connection().close());
        } else if (failure instanceof TimeoutException) {
            type = ProblemType.GATEWAY_TIMEOUT;
            detail = capitalised(upstream.title()) + " did not answer within " + readable(timeout);
        } else {
            type = ProblemType.BAD_GATEWAY;
            detail = capitalised(upstream.title()) + (failure instanceof ConnectException || failure instanceof UnknownHostException
                    ? " is not reachable" : " closed the connection without an answer");
        }
        LOG.warnf("%s %s: %s (%s)", incoming.method(), incoming.path(), detail, failure.toString());
        return request.release().response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(incoming, type, detail)));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String readable(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 != 0) {
            return millis + " ms";
        }
        long seconds = millis / 1000;
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
