package vn.planprogress.common.web;

import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import vn.planprogress.common.problem.ProblemException;

/**
 * A path or query parameter of the wrong form, read where its name is not known: Quarkus REST gives
 * a converter the annotations of the implementing method, not those of the API interface that
 * declares the parameter. The problem mappers name it by the value the request sent.
 */
public final class UnreadableParameter extends RuntimeException {

    private final String text;

    UnreadableParameter(String text, String message) {
        super(message, null, false, false);
        this.text = text;
    }

    /** The 400 naming the path or query parameter of the request that sent this value. */
    public ProblemException named(UriInfo uri) {
        String name = nameIn(uri.getPathParameters(), nameIn(uri.getQueryParameters(), "parameter"));
        return ProblemException.invalid(name, getMessage());
    }

    private String nameIn(Map<String, List<String>> parameters, String otherwise) {
        return parameters.entrySet().stream().filter(parameter -> parameter.getValue().contains(text))
                .map(Map.Entry::getKey).findFirst().orElse(otherwise);
    }
}
