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
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.WindowKind;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.client.PlanDigest.Measure;
import vn.planprogress.progress.domain.SubmissionKey;

/** The rules of a submission against its plan, as plain functions: a small quarterly plan with one task in Q2. */
class SubmissionRulesTests {

    private static final UUID PLAN = UUID.fromString("0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10");
    private static final PlanDigest.Task TASK = new PlanDigest.Task("III.4", "Ngày khoa học và công nghệ Việt Nam 18/5",
            List.of("HCTH", "TTUDDV"), List.of("KHTC"), "Quý II/2022", LocalDate.of(2022, 4, 1), LocalDate.of(2022, 6, 30),
            List.of(new PlanDigest.Indicator("HD", "Hoạt động", null, List.of()),
                    new PlanDigest.Indicator("TT", "Tin bài", null, List.of(new PlanDigest.Part("WEB", "Trang tin"), new PlanDigest.Part("BAO", "Báo"))),
                    new PlanDigest.Indicator("TL", "Tỷ lệ hồ sơ đúng hạn", Measure.PERCENT, List.of()),
                    new PlanDigest.Indicator("KQ", "Kết quả tổ chức", Measure.QUALITATIVE, List.of())));
    private static final PlanDigest QUARTERLY = new PlanDigest(PLAN, "1/KH-SKHCN", 2022, "ISSUED", 3, PeriodType.QUARTERLY, null, null,
            List.of(period("2022-Q1", 1, 3), period("2022-Q2", 4, 6), period("2022-Q3", 7, 9), period("2022-Q4", 10, 12)),
            List.of(TASK));
    /** The same plan reporting on quarters, halves and the year. */
    private static final PlanDigest THREE_TYPES = new PlanDigest(PLAN, "1/KH-SKHCN", 2022, "ISSUED", 3, PeriodType.QUARTERLY,
            List.of(PeriodType.QUARTERLY, PeriodType.SEMIANNUAL, PeriodType.ANNUAL), WindowKind.CALENDAR,
            List.of(period("2022-Q1", 1, 3), period("2022-Q2", 4, 6), period("2022-H1", 1, 6), period("2022-Q3", 7, 9),
                    period("2022-Q4", 10, 12), period("2022-H2", 7, 12), period("2022", 1, 12)),
            List.of(TASK));

    @Test
    void aLeadOrCoordinatingUnitReportsOnTheTaskInAPeriodOfItsSchedule() {
        assertTrue(SubmissionRules.check(request(List.of()), key("HCTH", "2022-Q2"), QUARTERLY).isEmpty());
        assertTrue(SubmissionRules.check(request(List.of()), key("KHTC", "2022-Q2"), QUARTERLY).isEmpty());
    }

    @Test
    void aPeriodOutsideTheScheduleOrThePlanIsNamed() {
        assertEquals(List.of(new FieldViolation("period", "task III.4 is scheduled Quý II/2022 (2022-04-01 to 2022-06-30), "
                        + "outside period 2022-Q3 (2022-07-01 to 2022-09-30)")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-Q3"), QUARTERLY));
        assertEquals(List.of(new FieldViolation("period", "'2022' is not a reporting period of plan 1/KH-SKHCN "
                        + "(QUARTERLY: 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4)")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022"), QUARTERLY));
    }

    @Test
    void aPeriodOfAnyTypeThePlanReportsOnIsOneOfItsPeriods() {
        for (String period : List.of("2022-Q2", "2022-H1", "2022")) {
            assertTrue(SubmissionRules.check(request(List.of()), key("HCTH", period), THREE_TYPES).isEmpty(), period);
        }
        assertEquals(List.of(new FieldViolation("period", "'2022-9M' is not a reporting period of plan 1/KH-SKHCN "
                        + "(QUARTERLY: 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4; SEMIANNUAL: 2022-H1, 2022-H2; ANNUAL: 2022)")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-9M"), THREE_TYPES));
        assertEquals(List.of(new FieldViolation("period", "'2022-H1' is not a reporting period of plan 1/KH-SKHCN "
                        + "(QUARTERLY: 2022-Q1, 2022-Q2, 2022-Q3, 2022-Q4)")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-H1"), QUARTERLY));
    }

    @Test
    void aCodeThatSpellsNoPeriodIsRefusedWithTheCalendarsRule() {
        assertEquals(List.of(new FieldViolation("period", "'2022-H3': a half is H1 or H2")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-H3"), THREE_TYPES));
        assertEquals(List.of(new FieldViolation("period", "'2022-Q0': a quarter is Q1, Q2, Q3 or Q4")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-Q0"), THREE_TYPES));
        assertEquals(List.of(new FieldViolation("period", "'2022-q2': period codes are written in capitals: 2022-Q2")),
                SubmissionRules.check(request(List.of()), key("HCTH", "2022-q2"), THREE_TYPES));
        ProblemException outstanding = org.junit.jupiter.api.Assertions.assertThrows(ProblemException.class,
                () -> SubmissionRules.period(THREE_TYPES, "2022-10M"));
        assertEquals(List.of(new FieldViolation("period", "'2022-10M': the one period counted in months is 9M (nine months); "
                + "six months is H1, twelve the year itself (2022)")), outstanding.errors());
    }

    @Test
    void aNumberOrAPercentTakesAValueAndNoText() {
        for (String percent : List.of("0", "87.25", "100", "100.0000")) {
            assertEquals(List.of(), SubmissionRules.checkValues(List.of(percent(percent), new IndicatorValue("HD", null, BigDecimal.ZERO, null)),
                    TASK, QUARTERLY), percent);
        }
        assertEquals(List.of(
                        new FieldViolation("values[0].value", "indicator TL is a percent: from 0 to 100, not 100.01"),
                        new FieldViolation("values[1].value", "indicator HD is a number: give its value"),
                        new FieldViolation("values[2].text", "indicator TT is a number: give its value, not a text (text is for qualitative indicators)")),
                SubmissionRules.checkValues(List.of(percent("100.01"), new IndicatorValue("HD", null, null, null),
                        new IndicatorValue("TT", "WEB", BigDecimal.ONE, "Năm tin bài")), TASK, QUARTERLY));
        assertEquals(List.of(new FieldViolation("values[0].text", "indicator TL is a percent: give its value, not a text "
                        + "(text is for qualitative indicators)"), new FieldViolation("values[0].value", "indicator TL is a percent: give its value")),
                SubmissionRules.checkValues(List.of(new IndicatorValue("TL", null, null, "95%")), TASK, QUARTERLY));
    }

    @Test
    void aQualitativeIndicatorTakesATextAndNoNumber() {
        assertEquals(List.of(), SubmissionRules.checkValues(List.of(new IndicatorValue("KQ", null, null, "Đã tổ chức 02 hội nghị")),
                TASK, QUARTERLY));
        assertEquals(List.of(new FieldViolation("values[0].value", "indicator KQ is qualitative: its result is a text; leave value out")),
                SubmissionRules.checkValues(List.of(new IndicatorValue("KQ", null, BigDecimal.ONE, "Đã tổ chức")), TASK, QUARTERLY));
        for (String missing : new String[] {null, "", " \n "}) {
            assertEquals(List.of(new FieldViolation("values[0].text", "indicator KQ is qualitative: give its result in text")),
                    SubmissionRules.checkValues(List.of(new IndicatorValue("KQ", null, null, missing)), TASK, QUARTERLY), missing);
        }
        assertEquals(List.of(new FieldViolation("values[0].value", "indicator KQ is qualitative: its result is a text; leave value out"),
                        new FieldViolation("values[0].text", "indicator KQ is qualitative: give its result in text")),
                SubmissionRules.checkValues(List.of(new IndicatorValue("KQ", null, BigDecimal.ONE, null)), TASK, QUARTERLY));
    }

    @Test
    void onlyAnIssuedPlanTakesSubmissions() {
        PlanDigest closed = new PlanDigest(PLAN, "1/KH-SKHCN", 2022, "CLOSED", 4, PeriodType.QUARTERLY, null, null, QUARTERLY.periods(),
                List.of(TASK));

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
        return new IndicatorValue(indicator, part, BigDecimal.ONE, null);
    }

    private static IndicatorValue percent(String value) {
        return new IndicatorValue("TL", null, new BigDecimal(value), null);
    }

    private static PlanDigest.Period period(String code, int firstMonth, int lastMonth) {
        return new PlanDigest.Period(code, null, LocalDate.of(2022, firstMonth, 1),
                LocalDate.of(2022, lastMonth, 1).withDayOfMonth(LocalDate.of(2022, lastMonth, 1).lengthOfMonth()),
                LocalDate.of(2022, lastMonth, 25), LocalDate.of(2022, lastMonth, 28), null, null);
    }
}
