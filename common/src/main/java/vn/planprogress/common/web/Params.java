package vn.planprogress.common.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.ProblemException;

/**
 * How a value sent as text (a query or path parameter, or a text field that holds an instant) is
 * read, and the one error for each mistake: a 400 naming the parameter and the form it takes. A
 * blank value is no value. {@link ParamConverters} reads typed parameters with these, a null name
 * when the parameter is declared on an interface.
 */
public final class Params {

    private Params() {
    }

    public static <E extends Enum<E>> E enumOf(String name, String text, Class<E> type) {
        if (isBlank(text)) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        throw refused(name, text, "is not one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ")));
    }

    public static UUID uuid(String name, String text) {
        return read(name, text, UUID::fromString, "is not a UUID");
    }

    /** An instant with its offset, as people write them here: {@code 2022-11-12T10:00:00+07:00}. */
    public static Instant instant(String name, String text) {
        // A '+' of an offset sent unencoded in a query string arrives as a space.
        return read(name, text, value -> OffsetDateTime.parse(value.replace(' ', '+')).toInstant(),
                "is not an ISO-8601 instant with offset, e.g. 2022-11-12T10:00:00+07:00 or 2022-11-12T03:00:00Z");
    }

    public static LocalDate date(String name, String text) {
        return read(name, text, LocalDate::parse, "is not a date (YYYY-MM-DD), e.g. 2022-11-10");
    }

    public static Boolean bool(String name, String text) {
        if (isBlank(text)) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw refused(name, text, "is not true or false");
    }

    public static Integer integer(String name, String text) {
        return read(name, text, Integer::valueOf, "is not a whole number");
    }

    /** The value read from the trimmed text, null for a blank one, or the 400 of {@code rule}. */
    private static <T> T read(String name, String text, Function<String, T> parse, String rule) {
        if (isBlank(text)) {
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (IllegalArgumentException | DateTimeException e) {
            throw refused(name, text, rule);
        }
    }

    /**
     * The 400 naming the parameter; when its name is not known here (a parameter declared on an API
     * interface), the problem mappers name it from the request.
     */
    static RuntimeException refused(String name, String text, String rule) {
        String message = "'" + text + "' " + rule;
        return name == null ? new UnreadableParameter(text, message) : ProblemException.invalid(name, message);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
