package vn.planprogress.gateway.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import vn.planprogress.common.problem.Problem;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.common.web.RequestIds;

/**
 * The problems the gateway answers itself, before or instead of a service: shaped like every
 * service's (RFC 9457 {@code application/problem+json} with the request path and id).
 */
@ApplicationScoped
public class EdgeProblems {

    private final ObjectMapper json;

    @Inject
    public EdgeProblems(ObjectMapper json) {
        this.json = json;
    }

    /** The problem body for {@code request}. */
    public Buffer body(HttpServerRequest request, ProblemType type, String detail) {
        Problem problem = Problem.of(type, detail, request.path(), RequestIds.current(request), null);
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem could not be written as JSON", e);
        }
    }

    /** Answers {@code request} with the problem, adding {@code headers}. */
    public void answer(HttpServerRequest request, ProblemType type, String detail, Map<String, String> headers) {
        HttpServerResponse response = request.response();
        headers.forEach(response::putHeader);
        response.setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(request, type, detail));
    }

    public void answer(HttpServerRequest request, ProblemType type, String detail) {
        answer(request, type, detail, Map.of());
    }
}
