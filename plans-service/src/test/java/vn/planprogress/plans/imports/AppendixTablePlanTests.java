package vn.planprogress.plans.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.planprogress.plans.api.IndicatorDocument;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.ReportingSchedule;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.ScheduleKind;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.api.UnitGroup;

/**
 * A department's plan whose tasks are an appendix table in a Word file (Sở Nội vụ, cải cách hành chính 2024):
 * group rows, a merged cell, percentages, quarterly + 6-month + yearly reporting "trước ngày 20 của tháng
 * cuối quý", a "KT. GIÁM ĐỐC" signer, and units the directory does not have.
 */
class AppendixTablePlanTests {

    private static ImportedPlan imported;
    private static PlanDocument plan;

    @BeforeAll
    static void read() {
        byte[] docx = TestDocuments.docx(TestDocuments.parse(ImportSources.resourceText("ke-hoach-cchc-2024-so-noi-vu.txt")));
        imported = PlanImporter.read(docx, DocumentForm.DOCX.mediaType(), ImportSources.unitsWith("units-so-noi-vu.json"));
        plan = imported.draft();
    }

    @Test
    void theHeaderGivesNumberOwnerDateAndTitle() {
        assertEquals("KH-SNV", plan.number());
        assertEquals(112, imported.header().sequence());
        assertEquals("SNV", plan.ownerUnit());
        assertEquals("UBND TỈNH QUẢNG NGÃI", imported.header().parentBody());
        assertEquals(LocalDate.of(2024, 1, 22), plan.issuedOn());
        assertEquals("Quảng Ngãi", plan.place());
        assertEquals(2024, plan.year());
        assertEquals("Cải cách hành chính năm 2024 của Sở Nội vụ", plan.title());
        assertFinding(Finding.Kind.HEADER, "number", "issue it with sequence 112");
    }

    @Test
    void theOpeningParagraphsGiveTheParentPlanAndTheLegalBases() {
        assertEquals("245/KH-UBND", plan.parentPlanRef().number());
        assertEquals(LocalDate.of(2023, 12, 28), plan.parentPlanRef().date());
        assertEquals("UBND tỉnh", plan.parentPlanRef().issuer());
        assertEquals("cải cách hành chính nhà nước tỉnh Quảng Ngãi năm 2024", plan.parentPlanRef().title());
        assertEquals(1, plan.legalBases().size());
        assertEquals("Nghị quyết", plan.legalBases().get(0).documentType());
        assertEquals("76/NQ-CP", plan.legalBases().get(0).number());
        assertEquals(LocalDate.of(2021, 7, 15), plan.legalBases().get(0).date());
        assertEquals("Chính phủ", plan.legalBases().get(0).issuer());
        // The law has no number, so it cannot be a legal basis of the draft: it is named, not dropped.
        assertFinding(Finding.Kind.DOCUMENT_REFERENCE, "legalBases", "Luật Tổ chức chính quyền địa phương");
        assertTrue(plan.preamble().startsWith("Căn cứ Nghị quyết số 76/NQ-CP"), plan.preamble());
    }

    @Test
    void purposesBudgetImplementationAndRecipientsAreReadAsWritten() {
        assertEquals(3, plan.purposes().size(), plan.purposes()::toString);
        assertTrue(plan.purposes().get(2).startsWith("Xác định rõ nhiệm vụ"), plan.purposes()::toString);
        assertEquals("Kinh phí thực hiện Kế hoạch được bố trí trong dự toán ngân sách năm 2024 của Sở Nội vụ.", plan.budgetSource());
        assertEquals(List.of("IV.1", "IV.2", "IV.3"), plan.implementation().stream().map(s -> s.code()).toList());
        assertEquals(List.of("UBND tỉnh (b/c)", "Giám đốc, các Phó Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, CCHC"), plan.recipients());
        assertEquals("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", plan.signer().title());
        assertEquals("Trần Thị Mỹ Hạnh", plan.signer().name());
    }

    @Test
    void theAppendixRowsAreTasksCodedByTheirGroup() {
        assertEquals(List.of("I.1", "I.2", "II.1", "II.2", "III.1", "III.2"), plan.tasks().stream().map(TaskDocument::code).toList());
        TaskDocument review = plan.tasks().get(0);
        assertEquals("Rà soát, đề xuất sửa đổi văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ", review.title());
        // "Thanh tra Sở" is the Sở Nội vụ's own, though the Sở Khoa học và Công nghệ has one of that name too.
        assertEquals(List.of("TTRASNV"), review.leadUnits());
        assertEquals(List.of(new UnitGroup("SNV", "Các phòng, đơn vị thuộc Sở")), review.coordinatingGroups());
        assertEquals(ScheduleKind.QUARTERS, review.schedule().kind());
        assertEquals(List.of(2), review.schedule().quarters());
        assertEquals(List.of(3, 4), plan.tasks().get(1).schedule().quarters());
        assertEquals("Quý III - Quý IV/2024", plan.tasks().get(1).schedule().label());
        assertEquals(List.of("VPSNV"), plan.tasks().get(1).leadUnits());
        assertEquals(List.of("CCHC"), plan.tasks().get(1).coordinatingUnits());
    }

    @Test
    void aMergedCellCarriesTheUnitAboveAndUnitNamesWithCommasStayWhole() {
        TaskDocument digitise = plan.tasks().get(3);
        assertEquals(List.of("VPSNV"), digitise.leadUnits());
        assertEquals(List.of("CCVC"), digitise.coordinatingUnits());
        assertEquals(ScheduleKind.QUARTERS, digitise.schedule().kind());
        assertEquals(List.of(1, 2), digitise.schedule().quarters());
        assertEquals("6 tháng đầu năm", digitise.schedule().label());
        TaskDocument online = plan.tasks().get(2);
        assertEquals(ScheduleKind.CONTINUOUS, online.schedule().kind());
        assertEquals("Thường xuyên (trong năm)", online.schedule().label());
        assertEquals(List.of("CCHC"), online.coordinatingUnits(), "'Phòng CCHC' is the short name of Phòng Cải cách hành chính");
    }

    @Test
    void productsGiveCountsAndPercentages() {
        IndicatorDocument courses = plan.tasks().get(1).indicators().get(0);
        assertEquals(new BigDecimal("2"), courses.target());
        assertEquals("lớp tập huấn", courses.unitOfMeasure());
        IndicatorDocument onTime = plan.tasks().get(2).indicators().get(0);
        assertEquals("Tỷ lệ hồ sơ giải quyết đúng hạn", onTime.name());
        assertEquals("%", onTime.unitOfMeasure());
        assertEquals(new BigDecimal("95"), onTime.target());
        IndicatorDocument digitised = plan.tasks().get(3).indicators().get(0);
        assertEquals("Tỷ lệ hồ sơ được số hóa", digitised.name());
        assertEquals(new BigDecimal("90"), digitised.target());
        assertEquals(new BigDecimal("3"), plan.tasks().get(4).indicators().get(0).target());
        assertFinding(Finding.Kind.PERCENT_TARGET, "tasks[2].indicators[0]", "95%");
        assertFinding(Finding.Kind.PERCENT_TARGET, "tasks[3].indicators[0]", "90%");
        // A product without a figure has no field in a task: it is named, not dropped.
        assertFinding(Finding.Kind.UNPLACED_TEXT, "tasks[0]", "Báo cáo kết quả rà soát");
        assertTrue(plan.tasks().stream().flatMap(t -> t.indicatorsOrEmpty().stream()).map(IndicatorDocument::code).distinct().count() == 4,
                "indicator codes are unique in the plan");
    }

    @Test
    void unitsOutsideTheDirectoryAreFindingsAndTheTaskStillReads() {
        TaskDocument dialogue = plan.tasks().get(4);
        assertEquals(List.of(), dialogue.leadUnits());
        assertEquals(List.of("CCVC"), dialogue.coordinatingUnits());
        assertEquals(LocalDate.of(2024, 5, 1), dialogue.schedule().from());
        assertEquals(LocalDate.of(2024, 5, 31), dialogue.schedule().to());
        Finding lead = assertFinding(Finding.Kind.UNKNOWN_UNIT, "tasks[4].leadUnits", "Trung tâm Dịch vụ việc làm");
        assertEquals("lead unit 'Trung tâm Dịch vụ việc làm' is not in the unit directory: add it or pick one", lead.message());
        assertEquals(SourceRef.cell(3, 9, 3), lead.source(), "the appendix is the third table; the row and the cell are named");
        assertFinding(Finding.Kind.UNKNOWN_UNIT, "tasks[4].coordinatingUnits", "Sở Lao động - Thương binh và Xã hội");
        assertFinding(Finding.Kind.UNKNOWN_UNIT, "tasks[2].coordinatingUnits", "Trung tâm Phục vụ hành chính công tỉnh");
    }

    @Test
    void quarterlySixMonthAndYearlyReportsBecomeThreeSchedulesOnTheDayOfTheLastMonth() {
        var reporting = plan.reporting();
        assertNull(reporting.periodType(), "three kinds of period: schedules, not the shorthand");
        // "trước ngày 20 của tháng cuối quý ... trước ngày 25 của tháng cuối quý": the 20th and the 25th of each period's last month.
        assertEquals(List.of(
                new ReportingSchedule(PeriodType.QUARTERLY, DeadlineRule.dayOfMonth(20, null), DeadlineRule.dayOfMonth(25, null)),
                new ReportingSchedule(PeriodType.SEMIANNUAL, DeadlineRule.dayOfMonth(20, null), DeadlineRule.dayOfMonth(25, null)),
                new ReportingSchedule(PeriodType.ANNUAL, DeadlineRule.dayOfMonth(20, null), DeadlineRule.dayOfMonth(25, null))),
                reporting.schedules());
        assertNull(reporting.window(), "no cut-off stated");
        assertEquals("CCHC", reporting.consolidationUnit());
        assertEquals("UBND", reporting.reportTo().unit());
        assertTrue(imported.findings().stream().noneMatch(f -> f.field() != null && f.field().startsWith("reporting")), imported.findings()::toString);
    }

    private static Finding assertFinding(Finding.Kind kind, String field, String text) {
        return imported.findings().stream()
                .filter(f -> f.kind() == kind && field.equals(f.field()) && (f.text() != null && f.text().contains(text) || f.message().contains(text)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " finding on " + field + " about '" + text + "' among:\n"
                        + String.join("\n", imported.findings().stream().map(Finding::toString).toList())));
    }
}
