package vn.planprogress.progress.rest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.ProblemException;

/** Query parameters read by hand, so that a bad value is a 400 naming the parameter rather than a bare 404. */
final class QueryParams {

    private QueryParams() {
    }

    static <E extends Enum<E>> E enumOf(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static Boolean booleanOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        throw ProblemException.invalid(name, "'" + value + "' is not true or false");
    }

    static Instant instantOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            // An unencoded '+' of the offset arrives as a space.
            return OffsetDateTime.parse(value.replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not an instant (ISO-8601 with offset, e.g. 2022-11-10T23:59:59+07:00)");
        }
    }

    static UUID uuidOf(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(name, "'" + value + "' is not a UUID");
        }
    }

    static String required(String name, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalid(name, "is required");
        }
        return value;
    }
}
