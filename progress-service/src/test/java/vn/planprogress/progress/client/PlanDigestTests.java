package vn.planprogress.progress.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.DateRange;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.calendar.WindowKind;
import vn.planprogress.progress.client.PlanDigest.Measure;

/**
 * The digest as the plans service sends it, read by this service: the reporting regime's fields, and
 * a digest of before them (the seed plan's) meaning what it always meant.
 */
class PlanDigestTests {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Test
    void theSeedDigestIsAYearlyCalendarPlanWhoseEntryIsAlwaysOpen() throws IOException {
        PlanDigest seed = read("/plans/seed-digest.json");

        assertEquals(PeriodType.ANNUAL, seed.periodType());
        assertEquals(List.of(PeriodType.ANNUAL), seed.periodTypes());
        assertEquals(WindowKind.CALENDAR, seed.window());
        PlanDigest.Period year = seed.period("2022").orElseThrow();
        assertEquals(PeriodType.ANNUAL, year.periodType());
        assertEquals(new DateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)), year.window());
        assertEquals(LocalDate.of(2022, 11, 10), year.unitDeadline());
        assertNull(year.entryOpensOn());
        assertNull(year.locksAfter());
        PlanDigest.Indicator chuyenMuc = seed.task("III.3").orElseThrow().indicator("CM").orElseThrow();
        assertEquals(Measure.NUMBER, chuyenMuc.measure());
        assertEquals(List.of("PT", "TH", "BAO"), chuyenMuc.parts().stream().map(PlanDigest.Part::code).toList());
    }

    @Test
    void theCutOffDigestListsEveryPeriodOfItsThreeTypesWithItsWindowOpeningAndLock() throws IOException {
        PlanDigest plan = read("/plans/cut-off-digest.json");

        assertEquals(List.of(PeriodType.QUARTERLY, PeriodType.SEMIANNUAL, PeriodType.ANNUAL), plan.periodTypes());
        assertEquals(PeriodType.QUARTERLY, plan.periodType());
        assertEquals(WindowKind.CUT_OFF, plan.window());
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"), codes(plan.periodsOf(PeriodType.QUARTERLY)));
        assertEquals(List.of("2023-H1", "2023-H2"), codes(plan.periodsOf(PeriodType.SEMIANNUAL)));
        assertEquals(List.of("2023"), codes(plan.periodsOf(PeriodType.ANNUAL)));
        PlanDigest.Period q2 = plan.period("2023-Q2").orElseThrow();
        assertEquals(new PlanDigest.Period("2023-Q2", PeriodType.QUARTERLY, LocalDate.of(2023, 3, 15), LocalDate.of(2023, 6, 14),
                LocalDate.of(2023, 6, 16), LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 9), LocalDate.of(2023, 6, 26)), q2);
        PlanDigest.Task task = plan.task("1.1").orElseThrow();
        assertEquals(List.of(Measure.PERCENT, Measure.NUMBER, Measure.QUALITATIVE),
                task.indicators().stream().map(PlanDigest.Indicator::measure).toList());
    }

    @Test
    void aDigestPeriodIsTheCalendarsPeriodWithItsDaysEndingInTheBusinessZone() throws IOException {
        PlanDigest.Period q2 = read("/plans/cut-off-digest.json").period("2023-Q2").orElseThrow();

        PlanPeriod dated = q2.in(BusinessTime.inDefaultZone());

        assertEquals(vn.planprogress.calendar.Period.parse("2023-Q2"), dated.period());
        assertEquals(Instant.parse("2023-06-16T17:00:00Z"), dated.unitDeadlineEndsAt());
        assertEquals(Instant.parse("2023-06-21T17:00:00Z"), dated.consolidatedDeadlineEndsAt());
        assertEquals(Optional.of(Instant.parse("2023-06-08T17:00:00Z")), dated.entryOpensAt());
        assertEquals(Optional.of(Instant.parse("2023-06-26T17:00:00Z")), dated.locksAt());
    }

    @Test
    void aTaskIsExpectedInThePeriodsWhoseWindowItsScheduleOverlaps() throws IOException {
        PlanDigest plan = read("/plans/cut-off-digest.json");
        // Scheduled 20 to 31 March 2023: in the first quarter's calendar months, but after its cut-off (14 March).
        PlanDigest.Task conference = plan.task("1.2").orElseThrow();

        assertEquals(List.of("2023-Q2", "2023-H1", "2023"), codes(plan.periods().stream().filter(conference::overlaps).toList()));
    }

    private static List<String> codes(List<PlanDigest.Period> periods) {
        return periods.stream().map(PlanDigest.Period::period).toList();
    }

    /** Read as the REST client reads it. */
    private static PlanDigest read(String resource) throws IOException {
        try (InputStream in = PlanDigestTests.class.getResourceAsStream(resource)) {
            return JSON.readValue(in, PlanDigest.class);
        }
    }
}
