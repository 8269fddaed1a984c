package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.reports.CutOffScenario;
import vn.planprogress.reports.api.ExpectedSubmission;
import vn.planprogress.reports.api.IndicatorResult;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.SubmissionOutcome;
import vn.planprogress.reports.api.TaskStatus;

/**
 * The report rules on a quarterly + six-month + yearly plan counted on cut-off windows ({@link CutOffScenario}), without
 * HTTP: every figure below is worked by hand from the scenario's table.
 */
class CutOffReportTests {

    private static final BusinessTime TIME = BusinessTime.inDefaultZone();
    /** After every deadline and lock of 2023. */
    private static final Instant NEW_YEAR = at("2024-01-10T10:00:00+07:00");

    @Test
    void expectedSubmissionsFollowTheWindowsOfEveryPeriodType() {
        Report year = report(null, NEW_YEAR);

        // Periods in the order of their windows' ends, the shorter first on the same day.
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-Q4", "2023-H2", "2023"), year.periods());
        // Task 1: 2 units in 7 windows; task 2 (01/01-31/03): Q1, Q2 (15/03-31/03), H1 and the year; task 3 (15/12-31/12): none.
        Map<String, Long> perPeriod = year.completeness().submissions().stream()
                .collect(Collectors.groupingBy(ExpectedSubmission::period, Collectors.counting()));
        assertEquals(Map.of("2023-Q1", 3L, "2023-Q2", 3L, "2023-H1", 3L, "2023-Q3", 2L, "2023-Q4", 2L, "2023-H2", 2L, "2023", 3L), perPeriod);
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-H1", "2023"), year.completeness().submissions().stream()
                .filter(s -> s.taskCode().equals("2")).map(ExpectedSubmission::period).toList());
        assertEquals(0, year.completeness().submissions().stream().filter(s -> s.taskCode().equals("3")).count());
        // 18 expected; received: HCTH 7 + CCHC 3 on task 1, HCTH 2 on task 2 = 12; on time: HCTH's 7 on task 1 and task 2's Q1 = 8;
        // late: CCHC's Q1, Q2, Q3 and task 2's Q2 = 4; missing: CCHC's H1, Q4, H2, 2023 and task 2's H1 and 2023 = 6.
        var counts = year.completeness().counts();
        assertEquals(List.of(18, 12, 8, 4, 6), List.of(counts.expected(), counts.received(), counts.onTime(), counts.late(), counts.missing()));
        assertEquals(List.of("CCHC", "HCTH"), year.completeness().missingUnits().stream().map(u -> u.code()).toList());
    }

    @Test
    void onTimeThroughTheLastSecondOfTheDeadlineDayLateOneSecondLater() {
        Report q2 = report("2023-Q2", at("2023-07-10T10:00:00+07:00"));

        // Q2's unit deadline: 2 working days after its window ends on Wed 14/06: Fri 16/06, until 23:59:59 (+07).
        assertEquals(List.of("1/HCTH ON_TIME", "1/CCHC LATE", "2/HCTH LATE"), q2.completeness().submissions().stream()
                .map(s -> s.taskCode() + "/" + s.unitCode() + " " + s.outcome()).toList());
        assertEquals(at("2023-06-16T23:59:59+07:00"), outcome(q2, "1", "HCTH", "2023-Q2").firstSubmittedAt());
        assertEquals(at("2023-06-17T00:00:00+07:00"), outcome(q2, "1", "CCHC", "2023-Q2").firstSubmittedAt());
        assertEquals(List.of(3, 3, 1, 2, 0), List.of(q2.completeness().counts().expected(), q2.completeness().counts().received(),
                q2.completeness().counts().onTime(), q2.completeness().counts().late(), q2.completeness().counts().missing()));
    }

    @Test
    void aSubmissionEnteredAfterTheLockIsLateAndNamesTheExceptionItCameInUnder() {
        Report year = report(null, NEW_YEAR);

        // CCHC's Q3 came on 02/10, after Q3 locked (end of 28/09), under E1 (CCHC, Q3, until 05/10).
        ExpectedSubmission q3 = outcome(year, "1", "CCHC", "2023-Q3");
        assertEquals(SubmissionOutcome.LATE, q3.outcome());
        assertEquals(CutOffScenario.E1, q3.lockException().id());
        assertEquals("Bổ sung số liệu quý III theo đề nghị của đơn vị", q3.lockException().reason());
        assertEquals("2023-10-05", q3.lockException().until().toString());
        assertEquals("planner@dev", q3.lockException().createdBy());
        // Task 2's Q2 on 03/07, after Q2 locked (end of 26/06), under E2, HCTH's own (E3 is HCTH's too, but for Q3).
        assertEquals(CutOffScenario.E2, outcome(year, "2", "HCTH", "2023-Q2").lockException().id());
        // Late before the lock (CCHC's Q2 on 17/06, the lock is 26/06): no exception; on time: none either.
        assertEquals(SubmissionOutcome.LATE, outcome(year, "1", "CCHC", "2023-Q2").outcome());
        assertNull(outcome(year, "1", "CCHC", "2023-Q2").lockException());
        assertNull(outcome(year, "1", "HCTH", "2023-Q3").lockException());
        assertEquals(2, year.completeness().submissions().stream().filter(s -> s.lockException() != null).count());
    }

    @Test
    void aTaskOfACutOffPlanIsOverdueOnlyOnceTheWindowThatReportsItsEndHasEnded() {
        // Task 2 ends on 31/03, in Q2's window (15/03-14/06): on 14/06 not overdue yet, on 15/06 overdue (not done: Q1 says IN_PROGRESS).
        assertEquals(TaskStatus.IN_PROGRESS, report(null, at("2023-06-14T23:00:00+07:00")).tasks().get(1).status());
        assertEquals(TaskStatus.OVERDUE, report(null, at("2023-06-15T00:00:00+07:00")).tasks().get(1).status());

        Report year = report(null, NEW_YEAR);
        // Task 1 ends on 31/12, in the window of 2024-Q1 (15/12/2023-14/03/2024): not overdue on 10/01/2024 (CCHC's latest is Q3's
        // IN_PROGRESS); task 2 done (HCTH's latest, Q2, is DONE); task 3 not started.
        assertEquals(List.of(TaskStatus.IN_PROGRESS, TaskStatus.DONE, TaskStatus.NOT_STARTED), year.tasks().stream().map(t -> t.status()).toList());
    }

    @Test
    void aPercentIndicatorIsTheMeanOfItsUnitsThenWeightedNeverTheirSum() {
        Report year = report(null, NEW_YEAR);

        // TL: each unit's latest quarter giving it, Q2: HCTH 92, CCHC 90; mean 91; 91 / 95 = 95.789... → 95.79.
        IndicatorResult tl = indicator(year, "1", "TL");
        assertEquals(List.of("PERCENT", "91", "95", "95.79"), List.of(tl.measure(), tl.achieved().toPlainString(), tl.target().toPlainString(),
                tl.percent().toPlainString()));
        assertEquals(List.of("HCTH 92", "CCHC 90"), tl.units().stream().map(u -> u.unitCode() + " " + u.value()).toList());
        assertEquals("88.5", tl.baseline().value().toPlainString());
        assertEquals(2022, tl.baseline().year());
        // DVC: the same values weighted HCTH 2, CCHC 1: (2 × 92 + 90) / 3 = 91.333... → 91.33; 91.33 / 95 = 96.136... → 96.14.
        IndicatorResult dvc = indicator(year, "1", "DVC");
        assertEquals(List.of("91.33", "96.14"), List.of(dvc.achieved().toPlainString(), dvc.percent().toPlainString()));
        // H1: no unit gave a value for its own report: no mean, no percent.
        IndicatorResult h1 = indicator(report("2023-H1", at("2023-07-10T10:00:00+07:00")), "1", "TL");
        assertNull(h1.achieved());
        assertNull(h1.percent());
        assertEquals(List.of(), h1.units());
    }

    @Test
    void aCumulativeIndicatorOverFourQuartersTakesEachUnitsLatestQuarter() {
        Report year = report(null, NEW_YEAR);

        // HS over the year, counted on quarters only (not the halves nor the year, which repeat the figures): HCTH's Q4 980 + CCHC's
        // latest, Q3, 55 = 1035 of 1000 → 103.50.
        IndicatorResult hs = indicator(year, "1", "HS");
        assertEquals(List.of("LATEST", "1035", "1000", "103.50"), List.of(hs.aggregation(), hs.achieved().toPlainString(),
                hs.target().toPlainString(), hs.percent().toPlainString()));
        // Q2 alone: 450 + 30 = 480 of Q2's own target 500 → 96.00.
        IndicatorResult q2 = indicator(report("2023-Q2", at("2023-07-10T10:00:00+07:00")), "1", "HS");
        assertEquals(List.of("480", "500", "96.00"), List.of(q2.achieved().toPlainString(), q2.target().toPlainString(),
                q2.percent().toPlainString()));
        assertNull(q2.units(), "a number lists no units");
    }

    @Test
    void aSummedIndicatorAddsTheShortestTypesPeriodsAndTakesThePeriodsOwnTarget() {
        // The year: quarters only, HCTH 6 + 12 + 9 + 10 = 37, CCHC 2 + 3 = 5: 42 of 40 → 105.00 (H1's 18, H2's 19, the year's 37 left out).
        IndicatorResult year = indicator(report(null, NEW_YEAR), "1", "TB");
        assertEquals(List.of("42", "40", "105.00"), List.of(year.achieved().toPlainString(), year.target().toPlainString(),
                year.percent().toPlainString()));
        // Q2: 12 + 3 = 15 of Q2's target 10 → 150.00.
        IndicatorResult q2 = indicator(report("2023-Q2", at("2023-07-10T10:00:00+07:00")), "1", "TB");
        assertEquals(List.of("15", "10", "150.00"), List.of(q2.achieved().toPlainString(), q2.target().toPlainString(),
                q2.percent().toPlainString()));
        // H1, a type of its own: its one submission, 18, of the year's 40 (no target of H1's own) → 45.00.
        IndicatorResult h1 = indicator(report("2023-H1", at("2023-07-10T10:00:00+07:00")), "1", "TB");
        assertEquals(List.of("18", "40", "45.00"), List.of(h1.achieved().toPlainString(), h1.target().toPlainString(),
                h1.percent().toPlainString()));
    }

    @Test
    void aQualitativeIndicatorIsReportedOrNotWithEachUnitsLatestText() {
        Report year = report(null, NEW_YEAR);

        IndicatorResult kq = indicator(year, "1", "KQ");
        assertEquals(Boolean.TRUE, kq.reported());
        assertEquals(List.of("HCTH: Đã triển khai một cửa liên thông tại 3 phòng"), kq.units().stream()
                .map(u -> u.unitCode() + ": " + u.text()).toList());
        assertNull(kq.target());
        assertNull(kq.achieved());
        assertNull(kq.percent());
        IndicatorResult kt = indicator(year, "2", "KT");
        assertEquals(Boolean.FALSE, kt.reported());
        assertEquals(List.of(), kt.units());
    }

    @Test
    void aDecreasingIndicatorCountsTheWayFromItsBaselineOrTargetOverAchieved() {
        Report year = report(null, NEW_YEAR);

        // TG: from the baseline 15 to the target 10, HCTH's latest 12: (15 − 12) / (15 − 10) = 60.00.
        IndicatorResult tg = indicator(year, "1", "TG");
        assertEquals(List.of("DECREASE", "12", "60.00"), List.of(tg.direction(), tg.achieved().toPlainString(), tg.percent().toPlainString()));
        // TGN, no baseline: target / achieved = 10 / 12 = 83.33.
        assertEquals(new BigDecimal("83.33"), indicator(year, "1", "TGN").percent());
        // Q3: nobody gave TGN, achieved 0: no percent (nothing to divide by).
        IndicatorResult q3 = indicator(report("2023-Q3", at("2023-10-10T10:00:00+07:00")), "1", "TGN");
        assertEquals(BigDecimal.ZERO, q3.achieved());
        assertNull(q3.percent());
        // The percent of a decreasing percent indicator, by hand: baseline 8, target 2, achieved 4 → (8 − 4) / (8 − 2) = 66.67.
        assertEquals(new BigDecimal("66.67"), IndicatorTotals.percentOfTarget("DECREASE", new BigDecimal("4"), new BigDecimal("2"),
                new BigDecimal("8")));
    }

    @Test
    void anIndicatorOfAnOlderDigestIsANumberSummedAndIncreasing() {
        IndicatorResult seed = vn.planprogress.reports.SeedReport.build().tasks().get(2).indicators().get(0);

        assertEquals(List.of("NUMBER", "INCREASE", "SUM"), Arrays.asList(seed.measure(), seed.direction(), seed.aggregation()));
        assertNull(seed.baseline());
        assertNull(seed.units());
        assertNull(seed.reported());
    }

    private static Report report(String period, Instant asOf) {
        return ReportBuilder.build(CutOffScenario.digest(), period, asOf, TIME, "Quảng Ngãi", CutOffScenario.lockExceptionList(),
                CutOffScenario.submissionsAsOf(period, asOf));
    }

    private static ExpectedSubmission outcome(Report report, String task, String unit, String period) {
        return report.completeness().submissions().stream()
                .filter(s -> s.taskCode().equals(task) && s.unitCode().equals(unit) && s.period().equals(period))
                .findFirst().orElseThrow();
    }

    private static IndicatorResult indicator(Report report, String task, String code) {
        return report.tasks().stream().filter(t -> t.code().equals(task)).flatMap(t -> t.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
