package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Windows tile the reporting year: every day, and so every instant in the business zone, is in
 * exactly one window of each type (nine months: in at most one, the first nine months' days), and
 * consecutive windows touch without a gap or an overlap, across years too.
 */
class WindowProperties {

    private static final BusinessTime VIETNAM = BusinessTime.inDefaultZone();

    @Property
    void everyInstantOfTheReportingYearIsInExactlyOneWindowOfEachType(@ForAll @IntRange(min = 2000, max = 2100) int year,
                                                                     @ForAll WindowKind kind, @ForAll PeriodType type,
                                                                     @ForAll("fractions") double fraction) {
        DateRange reportingYear = Period.parse(String.valueOf(year)).window(kind);
        Instant start = VIETNAM.startOf(reportingYear.from());
        Instant end = VIETNAM.endOf(reportingYear.to());
        Instant at = start.plusMillis((long) ((end.toEpochMilli() - start.toEpochMilli()) * fraction));
        LocalDate day = VIETNAM.dateOf(at);

        long windows = type.periodsOf(year).stream().filter(period -> period.window(kind).contains(day)).count();

        if (type == PeriodType.NINE_MONTHS) {
            assertEquals(day.isAfter(Period.parse(year + "-9M").window(kind).to()) ? 0 : 1, windows, at + " " + kind);
        } else {
            assertEquals(1, windows, at + " " + type + " " + kind);
        }
    }

    @Property
    void everyDateOfTheReportingYearIsInExactlyOneWindow(@ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll WindowKind kind,
                                                        @ForAll("tilingTypes") PeriodType type) {
        DateRange reportingYear = Period.parse(String.valueOf(year)).window(kind);
        List<Period> periods = type.periodsOf(year);
        reportingYear.from().datesUntil(reportingYear.to().plusDays(1)).forEach(day ->
                assertEquals(1, periods.stream().filter(period -> period.window(kind).contains(day)).count(), day + " " + type));
        // Nothing outside the reporting year is in its windows.
        assertEquals(0, periods.stream().filter(period -> period.window(kind).contains(reportingYear.from().minusDays(1))).count());
        assertEquals(0, periods.stream().filter(period -> period.window(kind).contains(reportingYear.to().plusDays(1))).count());
    }

    @Property
    void consecutiveWindowsTouchWithoutGapOrOverlapAcrossYears(@ForAll @IntRange(min = 2000, max = 2100) int year,
                                                              @ForAll WindowKind kind, @ForAll("tilingTypes") PeriodType type) {
        List<Period> periods = new ArrayList<>(type.periodsOf(year));
        periods.addAll(type.periodsOf(year + 1));
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).window(kind).to().plusDays(1), periods.get(i).window(kind).from(),
                    periods.get(i - 1) + " then " + periods.get(i));
        }
    }

    @Property
    void cutOffWindowsCrossTheYearOn15December(@ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll PeriodType type) {
        LocalDate fourteenth = LocalDate.of(year, 12, 14);
        LocalDate fifteenth = LocalDate.of(year, 12, 15);
        Period first = type.periodsOf(year + 1).get(0);
        assertEquals(fifteenth, first.window(WindowKind.CUT_OFF).from(), first.code());
        if (type != PeriodType.NINE_MONTHS) {
            List<Period> ofYear = type.periodsOf(year);
            assertEquals(fourteenth, ofYear.get(ofYear.size() - 1).window(WindowKind.CUT_OFF).to());
        }
        // Every window of the next year's periods lies in Y+1 except the first's December days.
        for (Period period : type.periodsOf(year + 1)) {
            DateRange window = period.window(WindowKind.CUT_OFF);
            assertEquals(period.year(), window.to().getYear());
            assertEquals(period.equals(first) ? year : year + 1, window.from().getYear(), period.code());
        }
    }

    @Provide
    Arbitrary<PeriodType> tilingTypes() {
        return Arbitraries.of(PeriodType.MONTHLY, PeriodType.QUARTERLY, PeriodType.SEMIANNUAL, PeriodType.ANNUAL);
    }

    @Provide
    Arbitrary<Double> fractions() {
        return Arbitraries.doubles().between(0, 1).withSpecialValue(0.0).filter(f -> f < 1.0);
    }
}
