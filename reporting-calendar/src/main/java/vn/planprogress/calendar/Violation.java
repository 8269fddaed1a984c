package vn.planprogress.calendar;

import java.util.Objects;

/**
 * A rule that input breaks: the field that breaks it, as a path relative to the value checked
 * ({@code dates.2023-Q2}, {@code workingDaysAfterWindow}, {@code daysOff[3].date}), and a message
 * saying what to fix. The services prefix the path with where the value sits in their request
 * ({@link #under(String)}) and answer problem+json.
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The same violation, its field found under {@code prefix}: {@code dates.2023-Q2} under {@code unitDeadline}. */
    public Violation under(String prefix) {
        return new Violation(prefix + "." + field, message);
    }
}
