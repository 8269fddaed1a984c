package vn.planprogress.common.problem;

import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, of a type of the catalogue. Thrown from services and resources;
 * turned into an {@code application/problem+json} response by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldViolation> errors;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail, List<FieldViolation> errors, Map<String, String> headers) {
        super(detail);
        this.type = type;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ProblemException of(ProblemType type, String detail) {
        return new ProblemException(type, detail, null, null);
    }

    public static ProblemException invalid(List<FieldViolation> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields of the request break a rule; see errors";
        return new ProblemException(ProblemType.VALIDATION_FAILED, detail, errors, null);
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldViolation(field, message)));
    }

    public static ProblemException notFound(String what, Object id) {
        return of(ProblemType.NOT_FOUND, "No " + what + " with id '" + id + "'");
    }

    public static ProblemException conflict(String detail) {
        return of(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return of(ProblemType.FORBIDDEN, detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return of(ProblemType.PRECONDITION_FAILED, detail);
    }

    public static ProblemException preconditionRequired(String detail) {
        return of(ProblemType.PRECONDITION_REQUIRED, detail);
    }

    public static ProblemException unprocessable(String detail) {
        return of(ProblemType.UNPROCESSABLE, detail);
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(ProblemType.SERVICE_UNAVAILABLE, detail, null,
                Map.of("Retry-After", String.valueOf(retryAfterSeconds)));
    }

    public ProblemType type() {
        return type;
    }

    public int status() {
        return type.status();
    }

    public List<FieldViolation> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
