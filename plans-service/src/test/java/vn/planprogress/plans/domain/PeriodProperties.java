package vn.planprogress.plans.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import vn.planprogress.plans.api.PeriodType;

/** Reporting periods, for any year and period type. */
class PeriodProperties {

    private static final Pattern ANNUAL = Pattern.compile("\\d{4}");
    private static final Pattern QUARTERLY = Pattern.compile("\\d{4}-Q[1-4]");
    private static final Pattern MONTHLY = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    @Property
    void periodsTileTheYearWithoutGapOrOverlap(@ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll PeriodType type) {
        List<Periods.Period> periods = Periods.of(type, year);
        assertEquals(LocalDate.of(year, 1, 1), periods.get(0).from());
        assertEquals(LocalDate.of(year, 12, 31), periods.get(periods.size() - 1).to());
        for (int i = 1; i < periods.size(); i++) {
            assertEquals(periods.get(i - 1).to().plusDays(1), periods.get(i).from());
        }
        assertEquals(switch (type) { case ANNUAL -> 1; case QUARTERLY -> 4; case MONTHLY -> 12; }, periods.size());
    }

    @Property
    void periodCodesHaveTheFormOfTheirType(@ForAll @IntRange(min = 2000, max = 2100) int year, @ForAll PeriodType type) {
        Pattern form = switch (type) { case ANNUAL -> ANNUAL; case QUARTERLY -> QUARTERLY; case MONTHLY -> MONTHLY; };
        for (Periods.Period period : Periods.of(type, year)) {
            assertTrue(form.matcher(period.code()).matches(), period.code());
            assertEquals(period, Periods.find(type, year, period.code()).orElseThrow());
        }
    }

    @Property
    void aStringThatIsNotAPeriodOfThePlanIsFoundNowhere(@ForAll String candidate, @ForAll PeriodType type,
                                                        @ForAll @IntRange(min = 2000, max = 2100) int year) {
        boolean isPeriod = Periods.of(type, year).stream().anyMatch(p -> p.code().equals(candidate));
        assertEquals(isPeriod, Periods.find(type, year, candidate).isPresent());
    }

    @Property
    void aPeriodOfAnotherYearIsNotOfThePlan(@ForAll @IntRange(min = 2000, max = 2099) int year, @ForAll PeriodType type) {
        for (Periods.Period period : Periods.of(type, year + 1)) {
            assertTrue(Periods.find(type, year, period.code()).isEmpty());
        }
    }
}
