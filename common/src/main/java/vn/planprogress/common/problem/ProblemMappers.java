package vn.planprogress.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.planprogress.common.web.RequestIds;
import vn.planprogress.common.web.UnreadableParameter;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} response that names
 * what to fix. The one place where errors get their shape, for every service.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    /** Ahead of the mappers Quarkus ships for the same exception types. */
    private static final int FIRST = 1;

    @ServerExceptionMapper(priority = FIRST)
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(request, e.type(), e.getMessage(), e.errors().isEmpty() ? null : e.errors(), e.headers());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response invalid(ConstraintViolationException e, HttpServerRequest request) {
        List<FieldViolation> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldViolation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return problem(ProblemException.invalid(errors), request);
    }

    @ServerExceptionMapper(priority = FIRST, value = {JsonProcessingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, ValueInstantiationException.class,
            JsonParseException.class})
    public Response unreadable(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return problem(ProblemException.invalid(pathOf(mapping), reasonOf(mapping)), request);
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return respond(request, ProblemType.MALFORMED_JSON,
                "The body could not be read as JSON" + where + ": " + e.getOriginalMessage(), null, Map.of());
    }

    @ServerExceptionMapper(priority = FIRST, value = {UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return respond(request, ProblemType.UNAUTHORIZED,
                "Send a valid bearer token: Authorization: Bearer <JWT> (missing, malformed, expired, "
                        + "wrongly signed or of another issuer tokens are refused)",
                null, Map.of("WWW-Authenticate", "Bearer"));
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        String detail = e.getMessage() == null || e.getMessage().isBlank()
                ? "Your role does not allow this operation" : e.getMessage();
        return respond(request, ProblemType.FORBIDDEN, detail, null, Map.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response parameter(UnreadableParameter e, HttpServerRequest request, UriInfo uri) {
        return problem(e.named(uri), request);
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response http(WebApplicationException e, HttpServerRequest request, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadable(unreadable, request);
            }
            if (cause instanceof UnreadableParameter parameter) {
                return parameter(parameter, request, uri);
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, request);
            }
        }
        int status = e.getResponse().getStatus();
        if ((status == 404 || status == 400) && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // Quarkus REST reports a path or query parameter it could not convert as such a wrapped failure.
            return respond(request, ProblemType.INVALID_PARAMETER,
                    "A path or query parameter has a value of the wrong form: " + e.getCause().getMessage(), null, Map.of());
        }
        ProblemType type = ProblemType.ofHttpStatus(status);
        String detail = switch (status) {
            case 404 -> "Nothing here: " + request.path();
            case 405 -> request.method() + " is not allowed on " + request.path();
            case 406 -> "This resource cannot answer in the media type of your Accept header";
            case 415 -> "Send the body as Content-Type: application/json";
            default -> e.getMessage();
        };
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(request, type, detail, null, Map.of());
    }

    @ServerExceptionMapper(priority = FIRST)
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isOptimisticLockFailure(e)) {
            return respond(request, ProblemType.PRECONDITION_FAILED,
                    "The resource was changed by another request at the same time; GET it again and reapply your change",
                    null, Map.of());
        }
        SQLException sql = sqlCause(e);
        if (sql != null && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            if (state.equals("23505") || state.equals("23503") || state.equals("40001") || state.equals("40P01")) {
                LOG.debugf("Conflict from the database: %s", sql.getMessage());
                return respond(request, ProblemType.CONFLICT,
                        "A concurrent change got there first; read the resource again and retry", null, Map.of());
            }
            if (state.startsWith("08") || state.equals("57P01")) {
                LOG.warn("Database unreachable", e);
                return respond(request, ProblemType.SERVICE_UNAVAILABLE,
                        "The database is not reachable; retry shortly", null, Map.of("Retry-After", "5"));
            }
        }
        LOG.error("Unexpected failure", e);
        return respond(request, ProblemType.INTERNAL_ERROR,
                "The request failed on our side; quote the requestId when you report it", null, Map.of());
    }

    static Response respond(HttpServerRequest request, ProblemType type, String detail,
                            List<FieldViolation> errors, Map<String, String> headers) {
        Problem body = Problem.of(type, detail, request == null ? null : request.path(), RequestIds.current(request), errors);
        Response.ResponseBuilder response = Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(body);
        headers.forEach(response::header);
        return response.build();
    }

    /**
     * Drops the method and parameter nodes so that the field reads as in the JSON body. A node's
     * index belongs to its place in the enclosing list: {@code tasks[2].code}.
     */
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.isInIterable()) {
                if (node.getIndex() != null) {
                    field.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    field.append('[').append(node.getKey()).append(']');
                }
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String reasonOf(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field '" + unknown.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return "'" + format.getValue() + "' is not one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return "'" + format.getValue() + "' is not a valid " + typeName(target);
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + typeName(mismatch.getTargetType()) + ": " + e.getOriginalMessage();
        }
        return e.getOriginalMessage();
    }

    private static String typeName(Class<?> type) {
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type.getSimpleName().startsWith("Local")) {
            return "date (YYYY-MM-DD)";
        }
        if (type.getSimpleName().equals("Instant") || type.getSimpleName().equals("OffsetDateTime")) {
            return "instant (ISO-8601 with offset)";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return type.getSimpleName();
    }

    /** By name, so that this module needs no persistence API (the gateway has none). */
    private static boolean isOptimisticLockFailure(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException") || name.startsWith("org.hibernate.StaleObjectState")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
        }
        return false;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getSQLState() == null && sql.getNextException() != null ? sql.getNextException() : sql;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
