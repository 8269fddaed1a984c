package vn.planprogress.common.problem;


/** One rule a request broke: the field (a JSON path such as {@code tasks[2].leadUnits[0]}) and what to fix. */
public record FieldViolation(
        String field,
        String message) {
}
