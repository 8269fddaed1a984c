package vn.planprogress.progress.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.planprogress.progress.client.PlanDigest;

/**
 * Period strings as the progress service reads them: the form it accepts ({@link Limits#PERIOD}) is
 * exactly a year, a quarter or a month, and a submission's period is one of its plan's only when it
 * is written exactly as the plan writes it.
 */
class PeriodProperties {

    private static final Pattern FORM = Pattern.compile(Limits.PERIOD);

    @Property
    void everyPeriodOfAnyYearHasTheAcceptedForm(@ForAll @IntRange(min = 1000, max = 9999) int year) {
        for (String code : codesOf(year)) {
            assertEquals(true, FORM.matcher(code).matches(), code);
        }
    }

    @Property
    void aStringHasTheAcceptedFormOnlyWhenItIsAPeriodOfItsYear(@ForAll("periodLike") String candidate) {
        boolean isPeriod = candidate.length() >= 4 && candidate.substring(0, 4).chars().allMatch(c -> c >= '0' && c <= '9')
                && codesOf(Integer.parseInt(candidate.substring(0, 4))).contains(candidate);
        assertEquals(isPeriod, FORM.matcher(candidate).matches(), candidate);
    }

    @Property
    void aPlanFindsAPeriodOnlyWrittenExactlyAsItWritesIt(@ForAll @IntRange(min = 2000, max = 2100) int year,
                                                         @ForAll("types") String type, @ForAll("periodLike") String candidate) {
        List<String> codes = switch (type) {
            case "ANNUAL" -> List.of(String.valueOf(year));
            case "QUARTERLY" -> codesOf(year).stream().filter(code -> code.contains("Q")).toList();
            default -> codesOf(year).stream().filter(code -> code.length() == 7 && !code.contains("Q")).toList();
        };
        List<PlanDigest.Period> periods = codes.stream().map(code -> new PlanDigest.Period(code, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), LocalDate.of(year, 11, 10))).toList();
        PlanDigest plan = new PlanDigest(UUID.randomUUID(), "1/KH-SKHCN", year, PlanDigest.ISSUED, 1, type, periods, List.of());

        Optional<PlanDigest.Period> found = plan.period(candidate);
        assertEquals(codes.contains(candidate), found.isPresent(), candidate);
        found.ifPresent(period -> assertEquals(candidate, period.period()));
    }

    /** Codes of every period of a year: 2022, 2022-Q1..Q4, 2022-01..12. */
    private static List<String> codesOf(int year) {
        List<String> codes = new ArrayList<>();
        codes.add(String.valueOf(year));
        for (int quarter = 1; quarter <= 4; quarter++) {
            codes.add(year + "-Q" + quarter);
        }
        for (int month = 1; month <= 12; month++) {
            codes.add(String.format("%d-%02d", year, month));
        }
        return codes;
    }

    @Provide
    Arbitrary<String> types() {
        return Arbitraries.of("ANNUAL", "QUARTERLY", "MONTHLY");
    }

    /** Real periods, near misses (2022-Q5, 2022-13, 2022-5, 2022-q2, " 2022"), full-width digits and any text. */
    @Provide
    Arbitrary<String> periodLike() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2110);
        Arbitrary<String> real = years.flatMap(year -> Arbitraries.of(codesOf(year)));
        Arbitrary<String> suffixes = Arbitraries.of("-Q0", "-Q5", "-q2", "-Q", "-00", "-13", "-5", "-1", "-Q1 ", "-M05", "-Q2-01", "Q2", "-");
        Arbitrary<String> nearMisses = Combinators.combine(years, suffixes).as((year, suffix) -> year + suffix);
        Arbitrary<String> padded = real.map(code -> " " + code);
        Arbitrary<String> wide = real.map(code -> code.replace('2', '２'));
        return Arbitraries.oneOf(real, nearMisses, padded, wide, Arbitraries.strings().ofMaxLength(10));
    }
}
