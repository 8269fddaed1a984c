package vn.planprogress.common.client;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.MDC;
import vn.planprogress.common.web.RequestIds;

/**
 * The caller's bearer token and request id, handed from the thread that serves a request to the
 * threads that call other services for it. Only the serving thread sees the request; a thread of a
 * pool sees what was handed to it, for as long as it works for that request, and nothing after.
 */
@ApplicationScoped
public class CallerHandover {

    private static final ThreadLocal<Handed> HANDED = new ThreadLocal<>();

    private final Instance<HttpServerRequest> currentRequest;

    @Inject
    public CallerHandover(Instance<HttpServerRequest> currentRequest) {
        this.currentRequest = currentRequest;
    }

    /** The caller's Authorization header: the one handed to this thread, else the request's it serves. */
    public Optional<String> authorization() {
        Handed handed = HANDED.get();
        return handed != null ? Optional.ofNullable(handed.authorization()) : requestAuthorization();
    }

    /** What this thread would pass on, to hand to another. */
    public Handed take() {
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        return new Handed(authorization().orElse(null), requestId == null ? null : requestId.toString());
    }

    private Optional<String> requestAuthorization() {
        try {
            return currentRequest.isResolvable()
                    ? Optional.ofNullable(currentRequest.get().getHeader(HttpHeaders.AUTHORIZATION))
                    : Optional.empty();
        } catch (RuntimeException outsideARequest) {
            return Optional.empty();
        }
    }

    /** A caller's token and request id, as handed over (either may be absent). */
    public record Handed(String authorization, String requestId) {

        /** Runs {@code work} on this thread for the caller, then puts back what the thread had before. */
        public <T> T run(Supplier<T> work) {
            Handed before = HANDED.get();
            Object requestIdBefore = MDC.get(RequestIds.MDC_KEY);
            HANDED.set(this);
            putRequestId(requestId);
            try {
                return work.get();
            } finally {
                if (before == null) {
                    HANDED.remove();
                } else {
                    HANDED.set(before);
                }
                putRequestId(requestIdBefore);
            }
        }

        private static void putRequestId(Object requestId) {
            if (requestId == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, requestId);
            }
        }
    }
}
