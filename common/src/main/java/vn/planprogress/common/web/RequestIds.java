package vn.planprogress.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an {@code X-Request-Id}: the caller's (or the gateway's) when it is a safe
 * token, a new UUID otherwise. It is set on the request (so the access log shows it), put in the
 * logging MDC as {@code requestId}, and returned to the caller.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    /** Anything else (CR/LF, quotes, spaces, overlong values) could forge log lines or headers. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Runs before every other filter, so that even a refused request carries its id. */
    static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String id = sanitize(rc.request().getHeader(HEADER));
            rc.request().headers().set(HEADER, id);
            rc.response().headers().set(HEADER, id);
            MDC.put(MDC_KEY, id);
            rc.addEndHandler(done -> MDC.remove(MDC_KEY));
            rc.next();
        }, PRIORITY);
    }

    public static String sanitize(String candidate) {
        return candidate != null && SAFE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** The id of the request, once the filter has run; null outside a request. */
    public static String current(HttpServerRequest request) {
        if (request != null && request.getHeader(HEADER) != null) {
            return request.getHeader(HEADER);
        }
        Object fromLog = MDC.get(MDC_KEY);
        return fromLog == null ? null : fromLog.toString();
    }
}
