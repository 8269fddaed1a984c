package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.SubmissionOutcome;
import vn.planprogress.reports.api.TaskStatus;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.Submission;

/** The report rules on a small quarterly plan, without HTTP: inputs in, figures out. */
class ReportBuilderTests {

    private static final BusinessTime ZONE = BusinessTime.inDefaultZone();
    private static final UUID PLAN = UUID.fromString("1a2b3c4d-0000-4000-8000-000000000001");
    /** 2022 by quarters; each unit deadline 10 days after the quarter. */
    private static final List<PlanDigest.Period> QUARTERS = List.of(
            period("2022-Q1", "2022-01-01", "2022-03-31", "2022-04-10"),
            period("2022-Q2", "2022-04-01", "2022-06-30", "2022-07-10"),
            period("2022-Q3", "2022-07-01", "2022-09-30", "2022-10-10"),
            period("2022-Q4", "2022-10-01", "2022-12-31", "2023-01-10"));

    @Test
    void expectedSubmissionsAreEachLeadUnitInEachPeriodTheScheduleOverlaps() {
        PlanDigest plan = plan(task("A", List.of("U1", "U2"), List.of("C1"), "2022-05-15", "2022-08-15", List.of()));

        Report report = ReportBuilder.build(plan, null, Instant.parse("2022-12-01T00:00:00Z"), ZONE, "Quảng Ngãi", List.of(), List.of());

        // May to mid-August overlaps Q2 and Q3; two lead units; the coordinating unit owes nothing.
        assertEquals(List.of("A/U1/2022-Q2", "A/U2/2022-Q2", "A/U1/2022-Q3", "A/U2/2022-Q3"), report.completeness().submissions().stream()
                .map(s -> s.taskCode() + "/" + s.unitCode() + "/" + s.period()).toList());
        assertEquals(4, report.completeness().counts().missing());
        assertEquals(List.of("U1", "U2"), report.completeness().missingUnits().stream().map(u -> u.code()).toList());
    }

    @Test
    void theEndOfTheDeadlineDayInHoChiMinhCityIsTheLastOnTimeInstant() {
        PlanDigest plan = plan(task("A", List.of("U1", "U2"), List.of(), "2022-01-01", "2022-03-31", List.of()));
        List<Submission> submissions = List.of(
                submission("A", "U1", "2022-Q1", "IN_PROGRESS", "2022-04-10T16:59:59.999Z", List.of()),
                submission("A", "U2", "2022-Q1", "IN_PROGRESS", "2022-04-10T17:00:00Z", List.of()));

        Report report = ReportBuilder.build(plan, "2022-Q1", Instant.parse("2022-05-01T00:00:00Z"), ZONE, "Quảng Ngãi", List.of(), submissions);

        assertEquals(List.of(SubmissionOutcome.ON_TIME, SubmissionOutcome.LATE), report.completeness().submissions().stream()
                .map(s -> s.outcome()).toList());
        assertEquals(List.of("2022-Q1"), report.periods());
    }

    @Test
    void achievedSumsLeadAndCoordinatingUnitsOverPeriodsButNotOthers() {
        PlanDigest plan = plan(task("A", List.of("U1"), List.of("C1"), "2022-01-01", "2022-12-31",
                List.of(new PlanDigest.Indicator("N", "Tin bài", "tin", new BigDecimal("40"), List.of()),
                        new PlanDigest.Indicator("P", "Chuyên mục", "chuyên mục", new BigDecimal("24"), List.of(
                                new PlanDigest.Part("X", "Phát thanh", new BigDecimal("12")),
                                new PlanDigest.Part("Y", "Truyền hình", new BigDecimal("12")))))));
        List<Submission> submissions = List.of(
                submission("A", "U1", "2022-Q1", "IN_PROGRESS", "2022-04-01T00:00:00Z", List.of(value("N", null, "10.5"), value("P", "X", "3"))),
                submission("A", "U1", "2022-Q2", "IN_PROGRESS", "2022-07-01T00:00:00Z", List.of(value("N", null, "9.5"), value("P", "Y", "4"))),
                submission("A", "C1", "2022-Q2", "IN_PROGRESS", "2022-07-01T00:00:00Z", List.of(value("P", "X", "2"))),
                submission("A", "STRANGER", "2022-Q2", "DONE", "2022-07-01T00:00:00Z", List.of(value("N", null, "100"))));

        Report year = ReportBuilder.build(plan, null, Instant.parse("2022-08-01T00:00:00Z"), ZONE, "Quảng Ngãi", List.of(), submissions);
        Report q2 = ReportBuilder.build(plan, "2022-Q2", Instant.parse("2022-08-01T00:00:00Z"), ZONE, "Quảng Ngãi", List.of(), submissions);

        var news = year.tasks().get(0).indicators().get(0);
        assertEquals(List.of(new BigDecimal("20"), new BigDecimal("50.00")), List.of(news.achieved(), news.percent()));
        var columns = year.tasks().get(0).indicators().get(1);
        assertEquals(new BigDecimal("9"), columns.achieved());
        assertEquals(new BigDecimal("37.50"), columns.percent());
        assertEquals(List.of(new BigDecimal("5"), new BigDecimal("4")), columns.parts().stream().map(p -> p.achieved()).toList());
        assertEquals(List.of(new BigDecimal("9.5"), new BigDecimal("6")), q2.tasks().get(0).indicators().stream().map(i -> i.achieved()).toList());
    }

    @Test
    void aTaskIsDoneWhenEveryLeadUnitsLatestStatusIsDoneElseOverdueOnceItsScheduleHasEnded() {
        PlanDigest plan = plan(
                task("BOTH", List.of("U1", "U2"), List.of(), "2022-04-01", "2022-06-30", List.of()),
                task("ONE", List.of("U1", "U2"), List.of(), "2022-04-01", "2022-06-30", List.of()),
                task("LATER", List.of("U1"), List.of(), "2022-04-01", "2022-09-30", List.of()),
                task("REOPENED", List.of("U1"), List.of(), "2022-01-01", "2022-12-31", List.of()));
        List<Submission> submissions = new ArrayList<>(List.of(
                submission("BOTH", "U1", "2022-Q2", "DONE", "2022-07-01T00:00:00Z", List.of()),
                submission("BOTH", "U2", "2022-Q2", "DONE", "2022-07-02T00:00:00Z", List.of()),
                submission("ONE", "U1", "2022-Q2", "DONE", "2022-07-01T00:00:00Z", List.of()),
                submission("ONE", "U2", "2022-Q2", "IN_PROGRESS", "2022-07-01T00:00:00Z", List.of()),
                submission("REOPENED", "U1", "2022-Q1", "DONE", "2022-04-01T00:00:00Z", List.of()),
                submission("REOPENED", "U1", "2022-Q2", "IN_PROGRESS", "2022-07-01T00:00:00Z", List.of())));

        Report july = ReportBuilder.build(plan, null, Instant.parse("2022-07-05T00:00:00Z"), ZONE, "Quảng Ngãi", List.of(), submissions);
        Report june = ReportBuilder.build(plan, null, Instant.parse("2022-06-30T16:59:59Z"), ZONE, "Quảng Ngãi", List.of(), List.of());

        assertEquals(List.of(TaskStatus.DONE, TaskStatus.OVERDUE, TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS),
                july.tasks().stream().map(t -> t.status()).toList());
        // On 30/06 (its last day) the Q2 task has not ended yet.
        assertEquals(LocalDate.of(2022, 6, 30), june.reportDate());
        assertEquals(TaskStatus.NOT_STARTED, june.tasks().get(1).status());
        assertEquals(1, july.tasksByStatus().overdue());
    }

    @Test
    void draftsAndPeriodsOutsideTheReportAreLeftOutAndTheLatestRevisionWins() {
        PlanDigest plan = plan(task("A", List.of("U1"), List.of(), "2022-01-01", "2022-12-31",
                List.of(new PlanDigest.Indicator("N", "Tin bài", "tin", null, List.of()))));
        Submission first = submission("A", "U1", "2022-Q1", "IN_PROGRESS", "2022-04-01T00:00:00Z", List.of(value("N", null, "1")));
        Submission corrected = new Submission(first.id(), PLAN, "A", "U1", "2022-Q1", "DONE", List.of(value("N", null, "2")), null,
                null, null, "SUBMITTED", 2, Instant.parse("2022-04-20T00:00:00Z"), first.firstSubmittedAt());
        Submission draft = new Submission(UUID.randomUUID(), PLAN, "A", "U1", "2022-Q2", "DONE", List.of(value("N", null, "50")), null,
                null, null, "DRAFT", 1, Instant.parse("2022-07-01T00:00:00Z"), null);

        Report q1 = ReportBuilder.build(plan, "2022-Q1", Instant.parse("2022-08-01T00:00:00Z"), ZONE, "Quảng Ngãi", List.of(),
                List.of(corrected, first, draft, submission("A", "U1", "2022-Q3", "DONE", "2022-10-01T00:00:00Z", List.of())));

        assertEquals(new BigDecimal("2"), q1.tasks().get(0).indicators().get(0).achieved());
        assertNull(q1.tasks().get(0).indicators().get(0).percent(), "no target, no percent");
        assertEquals(SubmissionOutcome.ON_TIME, q1.completeness().submissions().get(0).outcome(), "timed by its first revision");
        assertEquals(TaskStatus.DONE, q1.tasks().get(0).status());
    }

    private static PlanDigest plan(PlanDigest.Task... tasks) {
        return new PlanDigest(PLAN, "7/KH-SKHCN", "Kế hoạch thử", 2022, "SKHCN", "ISSUED", 1, "QUARTERLY", null, null, "HCTH", null, null,
                new PlanDigest.Signer("GIÁM ĐỐC", "Nguyễn Văn A"), null, List.of("Lưu: VT"), QUARTERS, List.of(tasks),
                List.of(new PlanDigest.Unit("U1", "Phòng Một", null, "DIVISION", "SKHCN"),
                        new PlanDigest.Unit("U2", "Phòng Hai", null, "DIVISION", "SKHCN")));
    }

    private static PlanDigest.Task task(String code, List<String> leads, List<String> coordinating, String from, String to,
                                        List<PlanDigest.Indicator> indicators) {
        return new PlanDigest.Task(code, "Nhiệm vụ " + code, leads, coordinating, "DATE_RANGE", null, LocalDate.parse(from),
                LocalDate.parse(to), indicators);
    }

    private static PlanDigest.Period period(String code, String from, String to, String deadline) {
        return new PlanDigest.Period(code, null, LocalDate.parse(from), LocalDate.parse(to), LocalDate.parse(deadline), null, null, null);
    }

    private static Submission submission(String task, String unit, String period, String status, String at, List<Submission.Value> values) {
        Instant instant = Instant.parse(at);
        return new Submission(UUID.randomUUID(), PLAN, task, unit, period, status, values, null, null, null, "SUBMITTED", 1, instant, instant);
    }

    private static Submission.Value value(String indicator, String part, String value) {
        return new Submission.Value(indicator, part, new BigDecimal(value));
    }
}
