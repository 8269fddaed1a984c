package vn.planprogress.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.planprogress.common.problem.Problem;
import vn.planprogress.common.problem.ProblemType;

/**
 * Refuses a body over {@code quarkus.http.limits.max-body-size} with a 413 problem before reading it.
 * (A chunked body without Content-Length is cut off by Vert.x at the same limit.)
 */
@ApplicationScoped
public class BodyLimit {

    private static final int PRIORITY = RequestIds.PRIORITY - 1;

    private final ObjectMapper json;
    private final MemorySize limit;

    @Inject
    public BodyLimit(ObjectMapper json,
                     @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize limit) {
        this.json = json;
        this.limit = limit;
    }

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && tooLarge(length)) {
                Problem problem = Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                        "The body has " + length + " bytes; the limit is " + limit.asLongValue() + " bytes",
                        rc.request().path(), rc.request().getHeader(RequestIds.HEADER), null);
                try {
                    rc.response().setStatusCode(problem.status())
                            .putHeader("Content-Type", Problem.MEDIA_TYPE)
                            .putHeader("Connection", "close")
                            .end(json.writeValueAsString(problem));
                } catch (Exception e) {
                    rc.fail(413);
                }
                return;
            }
            rc.next();
        }, PRIORITY);
    }

    private boolean tooLarge(String length) {
        try {
            return Long.parseLong(length.trim()) > limit.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
