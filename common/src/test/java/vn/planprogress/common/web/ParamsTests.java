package vn.planprogress.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;

/** Parameters are read one way: a blank value is none, and each mistake is one 400 that names the parameter and the form. */
class ParamsTests {

    enum Colour { RED, GREEN }

    @Test
    void valuesOfTheRightFormAreRead() {
        assertEquals(Instant.parse("2022-11-12T03:00:00Z"), Params.instant("asOf", "2022-11-12T10:00:00+07:00"));
        assertEquals(Instant.parse("2022-11-12T03:00:00Z"), Params.instant("asOf", "2022-11-12T10:00:00 07:00"),
                "an unencoded '+' of the offset arrives as a space");
        assertEquals(UUID.fromString("0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10"), Params.uuid("planId", "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10"));
        assertEquals(LocalDate.of(2022, 11, 10), Params.date("on", "2022-11-10"));
        assertEquals(Boolean.TRUE, Params.bool("late", "true"));
        assertEquals(2022, Params.integer("year", "2022"));
        assertEquals(Colour.GREEN, Params.enumOf("colour", "GREEN", Colour.class));
        for (String blank : new String[] {null, "", " "}) {
            assertNull(Params.instant("asOf", blank));
            assertNull(Params.uuid("planId", blank));
            assertNull(Params.bool("late", blank));
            assertNull(Params.enumOf("colour", blank, Colour.class));
        }
    }

    @Test
    void eachMistakeIsOneErrorNamingTheParameterAndTheForm() {
        assertRefused("asOf", "'10/11/2022' is not an ISO-8601 instant with offset, e.g. 2022-11-12T10:00:00+07:00 or 2022-11-12T03:00:00Z",
                () -> Params.instant("asOf", "10/11/2022"));
        assertRefused("asOf", "'2022-11-12T10:00:00' is not an ISO-8601 instant with offset, e.g. 2022-11-12T10:00:00+07:00 or 2022-11-12T03:00:00Z",
                () -> Params.instant("asOf", "2022-11-12T10:00:00"));
        assertRefused("planId", "'KH-SKHCN' is not a UUID", () -> Params.uuid("planId", "KH-SKHCN"));
        assertRefused("on", "'10/11/2022' is not a date (YYYY-MM-DD), e.g. 2022-11-10", () -> Params.date("on", "10/11/2022"));
        assertRefused("late", "'yes' is not true or false", () -> Params.bool("late", "yes"));
        assertRefused("year", "'hai nghìn' is not a whole number", () -> Params.integer("year", "hai nghìn"));
        assertRefused("colour", "'red' is not one of RED, GREEN", () -> Params.enumOf("colour", "red", Colour.class));
    }

    @Test
    void typedParametersAreReadByTheConvertersWithTheNameOfTheirParameter() throws Exception {
        Annotation[] asOf = Holder.class.getDeclaredField("asOf").getAnnotations();
        ParamConverters converters = new ParamConverters();

        assertEquals(Instant.parse("2022-11-12T03:00:00Z"), converters.getConverter(Instant.class, Instant.class, asOf)
                .fromString("2022-11-12T10:00:00+07:00"));
        assertRefused("asOf", "'tomorrow' is not an ISO-8601 instant with offset, e.g. 2022-11-12T10:00:00+07:00 or 2022-11-12T03:00:00Z",
                () -> converters.getConverter(Instant.class, Instant.class, asOf).fromString("tomorrow"));
        assertRefused("asOf", "'' is not a whole number", () -> converters.getConverter(int.class, int.class, asOf).fromString(""));
        assertNull(converters.getConverter(String.class, String.class, asOf), "text stays text");
    }

    @Test
    void aParameterDeclaredOnAnInterfaceIsRefusedWithTheSameTextAndNamedLater() {
        UnreadableParameter refused = assertThrows(UnreadableParameter.class,
                () -> new ParamConverters().getConverter(UUID.class, UUID.class, new Annotation[0]).fromString("KH-SKHCN"));

        assertEquals("'KH-SKHCN' is not a UUID", refused.getMessage());
    }

    private static void assertRefused(String name, String message, Supplier<Object> reading) {
        ProblemException refused = assertThrows(ProblemException.class, reading::get);
        assertEquals(ProblemType.VALIDATION_FAILED, refused.type());
        assertEquals(List.of(new FieldViolation(name, message)), refused.errors());
    }

    private static final class Holder {
        @QueryParam("asOf")
        String asOf;
    }
}
