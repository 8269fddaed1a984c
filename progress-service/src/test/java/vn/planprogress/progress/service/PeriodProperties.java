package vn.planprogress.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.planprogress.calendar.InvalidPeriod;
import vn.planprogress.calendar.Period;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.WindowKind;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.progress.client.PlanDigest;

/**
 * A submission's period as the progress service reads it, on a plan of any year reporting on any
 * period types: it is accepted exactly when it is written as one of the plan's periods; a string that
 * spells no period is refused with the calendar's rule for it; a period the plan does not report on
 * is refused naming every type and period the plan does.
 */
class PeriodProperties {

    @Property
    void aPeriodIsAcceptedExactlyWhenItIsOneOfThePlans(@ForAll("plans") PlanDigest plan, @ForAll("periodLike") String candidate) {
        List<String> codes = plan.periods().stream().map(PlanDigest.Period::period).toList();

        Optional<FieldViolation> refused = SubmissionRules.checkPeriod(plan, candidate);

        assertEquals(codes.contains(candidate), refused.isEmpty(), candidate + " on " + plan.periodTypes());
        refused.ifPresent(violation -> assertEquals("period", violation.field()));
    }

    @Property
    void aStringThatSpellsNoPeriodIsRefusedWithTheCalendarsRule(@ForAll("plans") PlanDigest plan, @ForAll("periodLike") String candidate) {
        String rule;
        try {
            Period.parse(candidate);
            return;
        } catch (InvalidPeriod notAPeriod) {
            rule = notAPeriod.getMessage();
        }

        assertEquals(Optional.of(new FieldViolation("period", rule)), SubmissionRules.checkPeriod(plan, candidate));
    }

    @Property
    void aPeriodThePlanDoesNotReportOnIsRefusedNamingThePlansTypesAndPeriods(@ForAll("plans") PlanDigest plan,
                                                                            @ForAll @IntRange(min = 1990, max = 2110) int year,
                                                                            @ForAll PeriodType type) {
        for (Period period : type.periodsOf(year)) {
            if (plan.period(period.code()).isPresent()) {
                continue;
            }

            String message = SubmissionRules.checkPeriod(plan, period.code()).orElseThrow().message();

            assertTrue(message.startsWith("'" + period.code() + "' is not a reporting period of plan 1/KH-SNV ("), message);
            for (PeriodType reported : plan.periodTypes()) {
                String listed = reported + ": " + String.join(", ", reported.periodsOf(plan.year()).stream().map(Period::code).toList());
                assertTrue(message.contains(listed), listed + " in " + message);
            }
        }
    }

    /** A plan of a year from 2000 to 2100 reporting on one to five period types, in any order, on calendar windows. */
    @Provide
    Arbitrary<PlanDigest> plans() {
        Arbitrary<Integer> years = Arbitraries.integers().between(2000, 2100);
        Arbitrary<List<PeriodType>> types = Arbitraries.of(PeriodType.class).list().ofMinSize(1).ofMaxSize(5).uniqueElements();
        return Combinators.combine(years, types).as((year, reported) -> {
            List<PlanDigest.Period> periods = new ArrayList<>();
            for (PeriodType type : reported) {
                for (Period period : type.periodsOf(year)) {
                    LocalDate from = period.window(WindowKind.CALENDAR).from();
                    LocalDate to = period.window(WindowKind.CALENDAR).to();
                    periods.add(new PlanDigest.Period(period.code(), type, from, to, to.plusDays(5), to.plusDays(10), null, null));
                }
            }
            return new PlanDigest(UUID.randomUUID(), "1/KH-SNV", year, PlanDigest.ISSUED, 1, null, reported, WindowKind.CALENDAR,
                    periods, List.of());
        });
    }

    /**
     * Real periods of every type, near misses (2023-H3, 2023-10M, 2023-Q0, 2023-13, 2023-5, 2023-q2,
     * " 2023"), full-width digits and any text.
     */
    @Provide
    Arbitrary<String> periodLike() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2110);
        Arbitrary<String> real = Combinators.combine(years, Arbitraries.of(PeriodType.class))
                .flatAs((year, type) -> Arbitraries.of(type.periodsOf(year)).map(Period::code));
        Arbitrary<String> suffixes = Arbitraries.of("-Q0", "-Q5", "-q2", "-Q", "-H0", "-H3", "-h1", "-9m", "-10M", "-6M", "-12M", "-00",
                "-13", "-5", "-1", "-Q1 ", "-M05", "-Q2-01", "Q2", "-");
        Arbitrary<String> nearMisses = Combinators.combine(years, suffixes).as((year, suffix) -> year + suffix);
        Arbitrary<String> padded = real.map(code -> " " + code);
        Arbitrary<String> wide = real.map(code -> code.replace('2', '２'));
        return Arbitraries.oneOf(real, real, nearMisses, padded, wide, Arbitraries.strings().ofMaxLength(10));
    }
}
