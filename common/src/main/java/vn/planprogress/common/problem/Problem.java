package vn.planprogress.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import vn.planprogress.common.telemetry.TraceIds;

/** An RFC 9457 problem details body, sent as {@code application/problem+json} for every error. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String requestId,
        String traceId,
        List<FieldViolation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * The body of a problem of the catalogue: its type, title and status, with what this request did,
     * its request id and the trace it belongs to.
     */
    public static Problem of(ProblemType type, String detail, String instance, String requestId, List<FieldViolation> errors) {
        return new Problem(type.uri(), type.title(), type.status(), detail, instance, requestId, TraceIds.current(), errors);
    }
}
