package vn.planprogress.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.progress.api.Evidence;
import vn.planprogress.progress.api.IndicatorValue;
import vn.planprogress.progress.api.ProgressStatus;
import vn.planprogress.progress.api.SubmissionRequest;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.SubmissionKey;

/** The rules of a submission against its plan, as plain functions: a small quarterly plan with one task in Q2. */
class SubmissionRulesTests {

    private static final UUID PLAN = UUID.fromString("0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10");
    private static final PlanDigest.Task TASK = new PlanDigest.Task("III.4", "Ngày khoa học và công nghệ Việt Nam 18/5",
            List.of("HCTH", "TTUDDV"), List.of("KHTC"), "Quý II/2022", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30),
            List.of(new PlanDigest.Indicator("HD", "Hoạt động", List.of()),
                    new PlanDigest.Indicator("TT", "Tin bài", List.of(new PlanDigest.Part("WEB", "Trang tin"), new PlanDigest.Part("BAO", "Báo")))));
    private static final PlanDigest QUARTERLY = new PlanDigest(PLAN, "1/KH-SKHCN", 2022, "ISSUED", 3, "QUARTERLY",
            List.of(period("2022-Q1", 1, 3), period("2022-Q2", 4, 6), period("2022-Q3", 7, 9), period("2022-Q4", 10, 12)),
            List.of(TASK));

    @Test
    void aLeadOrCoordinatingUnitReportsOnTheTaskInAPeriodOfItsSchedule() {
        assertTrue(SubmissionRules.check(request(List.of()), key("HCTH", "2022-Q2"), QUARTERLY).isEmpty());
        assertTrue(SubmissionRules.check(request(List.of()), key("KHTC", "2022-Q2"), QUARTERLY).isEmpty());
    }

    @Test
    void aPeriodOutsideTheScheduleOrThePlanIsNamed() {
        assertEquals(List.of(new FieldViolation("period", "task III.4 is scheduled Quý II/2022 (2022-04-01 to 2022-06-30), outside period 2022-Q3")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-Q3"), QUARTERLY));
        assertEquals(List.of(new FieldViolation("period", "'2022' is not a reporting period of plan 1/KH-SKHCN "
                        + "(QUARTERLY: 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4)")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022"), QUARTERLY));
    }

    @Test
    void onlyAnIssuedPlanTakesSubmissions() {
        PlanDigest closed = new PlanDigest(PLAN, "1/KH-SKHCN", 2022, "CLOSED", 4, "QUARTERLY", QUARTERLY.periods(), List.of(TASK));

        assertEquals(List.of(new FieldViolation("planId", "plan 1/KH-SKHCN is CLOSED; progress is reported on issued plans only")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-Q2"), closed));
        assertTrue(closed.isFrozen(), "a closed plan is still kept in memory");
    }

    @Test
    void valuesNameAnIndicatorOfTheTaskAndEachPartOnce() {
        List<FieldViolation> violations = SubmissionRules.check(request(List.of(
                value("HD", null), value("TT", "WEB"), value("TT", "BAO"), value("TT", null), value("TT", "WEB"),
                value("HD", "WEB"), value("XX", null))), key("HCTH", "2022-Q2"), QUARTERLY);

        assertEquals(List.of("values[3].partCode", "values[4]", "values[5].partCode", "values[6].indicatorCode"),
                violations.stream().map(FieldViolation::field).toList());
    }

    @Test
    void evidenceIsAWebAddressOrADocumentNumber() {
        assertTrue(SubmissionRules.isWebAddress("https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022"));
        assertTrue(SubmissionRules.isWebAddress("http://baoquangngai.vn/channel/2026/202206/bai-viet.htm"));
        assertFalse(SubmissionRules.isWebAddress("www.baoquangngai.vn"));
        assertFalse(SubmissionRules.isWebAddress("mailto:hcth@skhcn.gov.vn"));
        assertFalse(SubmissionRules.isWebAddress("https://"));
        assertFalse(SubmissionRules.isWebAddress("https://skhcn gov vn"));
        assertEquals(List.of("evidence[1]"), SubmissionRules.checkEvidence(List.of(
                new Evidence(null, "125/BC-TTUDDV", LocalDate.of(2022, 11, 5), null),
                new Evidence(" ", " ", null, "Ảnh")))
                .stream().map(FieldViolation::field).toList());
    }

    @Test
    void aCorrectionKeepsItsKey() {
        SubmissionRequest moved = new SubmissionRequest(PLAN, "III.4", "TTUDDV", "2022-Q2", ProgressStatus.DONE,
                null, null, null, null, null, null, null);

        ProblemException refused = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> SubmissionRules.requireSameKey(moved, key("HCTH", "2022-Q2")));

        assertEquals("unitCode: a correction cannot change the unit (HCTH); submit for another unit with POST", refused.getMessage());
    }

    private static SubmissionKey key(String unit, String period) {
        return new SubmissionKey(PLAN, "III.4", unit, period);
    }

    private static SubmissionRequest request(List<IndicatorValue> values) {
        return new SubmissionRequest(PLAN, "III.4", "HCTH", "2022-Q2", ProgressStatus.DONE, values, "Đã tổ chức", null, null,
                List.of(), null, null);
    }

    private static IndicatorValue value(String indicator, String part) {
        return new IndicatorValue(indicator, part, BigDecimal.ONE);
    }

    private static PlanDigest.Period period(String code, int firstMonth, int lastMonth) {
        return new PlanDigest.Period(code, LocalDate.of(2022, firstMonth, 1),
                LocalDate.of(2022, lastMonth, 1).withDayOfMonth(LocalDate.of(2022, lastMonth, 1).lengthOfMonth()),
                LocalDate.of(2022, lastMonth, 25));
    }
}
