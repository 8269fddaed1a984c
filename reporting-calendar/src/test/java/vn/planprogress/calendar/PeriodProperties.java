package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A period's code is its one spelling: it reads back as the period, and nothing else reads as one. */
class PeriodProperties {

    @Property
    void aPeriodsCodeReadsBackAsThePeriod(@ForAll("periods") Period period) {
        assertEquals(period, Period.parse(period.code()));
        assertEquals(period.type(), Period.parse(period.code()).type());
    }

    @Property(tries = 5000)
    void aStringReadsAsAPeriodOnlyWhenItSpellsItsCode(@ForAll("nearCodes") String candidate) {
        assertSpellsWhatItReads(candidate);
    }

    @Property
    void anyStringReadsAsAPeriodOnlyWhenItSpellsItsCode(@ForAll String candidate) {
        assertSpellsWhatItReads(candidate);
    }

    private static void assertSpellsWhatItReads(String candidate) {
        Period period;
        try {
            period = Period.parse(candidate);
        } catch (InvalidPeriod refused) {
            assertEquals(candidate, refused.code());
            return;
        }
        assertEquals(candidate, period.code());
    }

    @Provide
    Arbitrary<Period> periods() {
        return Combinators.combine(Arbitraries.of(PeriodType.class), Arbitraries.integers().between(Period.FIRST_YEAR, Period.LAST_YEAR),
                        Arbitraries.integers().between(1, 12))
                .as((type, year, n) -> new Period(type, year, (n - 1) % type.periodsPerYear() + 1));
    }

    /** Strings of the characters codes are made of, with the ones people mistype for them. */
    @Provide
    Arbitrary<String> nearCodes() {
        Arbitrary<String> noise = Arbitraries.strings().withChars("0123456789-QHMqhm ٢０").ofMinLength(0).ofMaxLength(8);
        Arbitrary<String> yearAndTail = Combinators.combine(Arbitraries.integers().between(0, 9999), noise)
                .as((year, tail) -> String.format("%04d", year) + tail);
        return Arbitraries.oneOf(noise, yearAndTail);
    }
}
