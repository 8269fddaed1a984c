package vn.planprogress.plans.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.ScheduleKind;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.api.UnitGroup;

/**
 * The province's own plan (chuyển đổi số 2024), read from a PDF and from its text: tasks lettered under numbered
 * groups with "Cơ quan chủ trì" lines, time frames of every shape, monthly reports, a "TM. / KT. CHỦ TỊCH" signer.
 */
class MonthlyPlanTests {

    static Stream<ImportedPlan> forms() {
        TestDocuments.Doc doc = TestDocuments.parse(ImportSources.resourceText("ke-hoach-chuyen-doi-so-2024-ubnd.txt"));
        var units = ImportSources.unitsWith("units-ubnd-tinh.json");
        return Stream.of(PlanImporter.read(TestDocuments.pdf(doc), DocumentForm.PDF.mediaType(), units),
                PlanImporter.read(TestDocuments.text(doc, 78), "text/plain; charset=utf-8", units));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void theHeaderOfAProvincialPlanNamesTheProvince(ImportedPlan imported) {
        PlanDocument plan = imported.draft();
        assertEquals("UBND", plan.ownerUnit());
        assertEquals("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", imported.header().issuingBody());
        assertNull(imported.header().parentBody());
        assertEquals("KH-UBND", plan.number());
        assertEquals(45, imported.header().sequence());
        assertEquals(LocalDate.of(2024, 3, 5), plan.issuedOn());
        assertEquals("Chuyển đổi số trong cơ quan nhà nước tỉnh Quảng Ngãi năm 2024", plan.title());
        assertEquals("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", plan.signer().title());
        assertEquals("Trần Phước Hiền", plan.signer().name());
        assertEquals(5, plan.recipients().size());
        assertEquals("Lưu: VT, KGVX", plan.recipients().get(4));
    }

    @ParameterizedTest
    @MethodSource("forms")
    void citationsWithoutAParentPlanAreLegalBases(ImportedPlan imported) {
        PlanDocument plan = imported.draft();
        assertNull(plan.parentPlanRef());
        assertEquals(List.of("749/QĐ-TTg", "1552/BTTTT-THH"), plan.legalBases().stream().map(b -> b.number()).toList());
        assertEquals("Thủ tướng Chính phủ", plan.legalBases().get(0).issuer());
        assertEquals("hướng dẫn kỹ thuật triển khai các nền tảng số phục vụ chuyển đổi số", plan.legalBases().get(1).title());
        // A PDF starts a paragraph indented; a text's full line that ends a sentence cannot say whether its paragraph ends.
        if (imported.form() == DocumentForm.PDF) {
            assertEquals(3, plan.preamble().split("\n").length, plan.preamble());
        }
        assertEquals(2, plan.purposes().size());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void letteredTasksTakeTheirGroupsCodeAndCarryItOut(ImportedPlan imported) {
        PlanDocument plan = imported.draft();
        assertEquals(List.of("II.1.a", "II.1.b", "II.2.a", "II.2.b", "II.3.a", "II.3.b"), plan.tasks().stream().map(TaskDocument::code).toList());
        assertEquals(List.of("II.1", "II.2", "II.3"), plan.contentSections().stream().map(s -> s.code()).toList());
        assertEquals(List.of("II.2"), plan.tasks().get(3).contentRefs());
        TaskDocument rules = plan.tasks().get(0);
        assertEquals(List.of("STTTT"), rules.leadUnits());
        assertEquals(List.of("VPUBND"), rules.coordinatingUnits());
        assertEquals(List.of(new UnitGroup("UBND", "Các sở, ban, ngành")), plan.tasks().get(1).coordinatingGroups());
        assertEquals(List.of("SKHDT", "STC"), plan.tasks().get(4).coordinatingUnits());
        assertEquals(List.of("SNV"), plan.tasks().get(3).leadUnits());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void timeFramesOfEveryShapeBecomeSchedules(ImportedPlan imported) {
        List<TaskDocument> tasks = imported.draft().tasks();
        assertRange(tasks.get(0).schedule(), "2024-01-01", "2024-10-31", "Trước ngày 31/10/2024");
        assertRange(tasks.get(1).schedule(), "2024-04-01", "2024-06-30", "Từ tháng 4 đến tháng 6/2024");
        assertRange(tasks.get(2).schedule(), "2024-03-01", "2024-09-30", "Tháng 3 và tháng 9/2024");
        assertRange(tasks.get(3).schedule(), "2024-07-01", "2024-09-30", "Từ ngày 01/7/2024 đến ngày 30/9/2024");
        assertEquals(ScheduleKind.QUARTERS, tasks.get(4).schedule().kind());
        assertEquals(List.of(1, 2), tasks.get(4).schedule().quarters());
        assertRange(tasks.get(5).schedule(), "2024-11-25", "2024-11-25", "Ngày 25/11/2024");
        // Two months apart are one range in a schedule: the planner is told so.
        assertTrue(imported.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.TIME_FRAME && f.field().equals("tasks[2].schedule")
                && f.message().contains("split the task")), imported.findings()::toString);
    }

    @ParameterizedTest
    @MethodSource("forms")
    void productsGiveTargets(ImportedPlan imported) {
        List<TaskDocument> tasks = imported.draft().tasks();
        assertEquals(new BigDecimal("2"), tasks.get(2).indicators().get(0).target());
        assertEquals("Cuộc diễn tập", tasks.get(2).indicators().get(0).name());
        assertEquals(new BigDecimal("500"), tasks.get(3).indicators().get(0).target());
        assertEquals("lượt", tasks.get(3).indicators().get(0).unitOfMeasure());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void monthlyReportsByDayOfTheMonth(ImportedPlan imported) {
        var reporting = imported.draft().reporting();
        assertEquals(PeriodType.MONTHLY, reporting.periodType());
        // "trước ngày 15 hằng tháng ... trước ngày 20 hằng tháng": the 15th and the 20th of each month.
        assertEquals(DeadlineRule.dayOfMonth(15, null), reporting.unitDeadline());
        assertEquals(DeadlineRule.dayOfMonth(20, null), reporting.consolidatedDeadline());
        assertEquals("STTTT", reporting.consolidationUnit(), "the units send their reports to the Sở Thông tin và Truyền thông");
        assertEquals("UBND", reporting.reportTo().unit());
        assertEquals("báo cáo Chủ tịch UBND tỉnh", reporting.reportTo().note());
    }

    @ParameterizedTest
    @MethodSource("forms")
    void findingsNameWhatTheDirectoryLacks(ImportedPlan imported) {
        List<String> unknown = imported.findings().stream().filter(f -> f.kind() == Finding.Kind.UNKNOWN_UNIT).map(Finding::text).toList();
        assertEquals(List.of("Sở Tư pháp", "Công an tỉnh"), unknown);
        assertTrue(imported.findings().stream().noneMatch(f -> f.kind() == Finding.Kind.UNPLACED_TEXT), imported.findings()::toString);
    }

    private static void assertRange(Schedule schedule, String from, String to, String label) {
        assertEquals(ScheduleKind.DATE_RANGE, schedule.kind(), label);
        assertEquals(LocalDate.parse(from), schedule.from(), label);
        assertEquals(LocalDate.parse(to), schedule.to(), label);
        assertEquals(label, schedule.label());
    }
}
