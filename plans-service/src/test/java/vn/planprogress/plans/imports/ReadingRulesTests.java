package vn.planprogress.plans.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.ReportingSchedule;
import vn.planprogress.plans.api.WindowKind;
import org.junit.jupiter.api.Test;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.ScheduleKind;
import vn.planprogress.plans.api.UnitGroup;

/** The reader's rules one by one, as plain code: time frames, unit names, targets, reporting clauses, broken lines. */
class ReadingRulesTests {

    private static final UnitNames NAMES = new UnitNames(ImportSources.sampleUnits());
    private static final UnitCells UNITS = new UnitCells(NAMES, "SKHCN");

    @Test
    void timeFramesAsPlansWriteThem() {
        assertSchedule("Thường xuyên (trong năm)", ScheduleKind.CONTINUOUS, null, null, null);
        assertSchedule("Thường xuyên trong năm.", ScheduleKind.CONTINUOUS, null, null, null);
        assertSchedule("Quý II/2024", ScheduleKind.QUARTERS, List.of(2), null, null);
        assertSchedule("Quý I - II/2024", ScheduleKind.QUARTERS, List.of(1, 2), null, null);
        assertSchedule("Quý III - Quý IV/2024", ScheduleKind.QUARTERS, List.of(3, 4), null, null);
        assertSchedule("Quý I và Quý III năm 2024", ScheduleKind.QUARTERS, List.of(1, 3), null, null);
        assertSchedule("6 tháng đầu năm", ScheduleKind.QUARTERS, List.of(1, 2), null, null);
        assertSchedule("6 tháng cuối năm 2024", ScheduleKind.QUARTERS, List.of(3, 4), null, null);
        assertSchedule("Tháng 5/2024", ScheduleKind.DATE_RANGE, null, "2024-05-01", "2024-05-31");
        assertSchedule("Tháng 4 - 6/2024", ScheduleKind.DATE_RANGE, null, "2024-04-01", "2024-06-30");
        assertSchedule("Tháng 3 và tháng 9/2024", ScheduleKind.DATE_RANGE, null, "2024-03-01", "2024-09-30");
        assertSchedule("Trước ngày 31/10/2024", ScheduleKind.DATE_RANGE, null, "2024-01-01", "2024-10-31");
        assertSchedule("Từ tháng 4 đến tháng 6/2024", ScheduleKind.DATE_RANGE, null, "2024-04-01", "2024-06-30");
        assertSchedule("Từ ngày 01/7/2024 đến ngày 30/9/2024", ScheduleKind.DATE_RANGE, null, "2024-07-01", "2024-09-30");
        assertSchedule("Từ tháng 3/2024 đến hết năm", ScheduleKind.DATE_RANGE, null, "2024-03-01", "2024-12-31");
        assertSchedule("Ngày 25/11/2024", ScheduleKind.DATE_RANGE, null, "2024-11-25", "2024-11-25");
        assertSchedule("18/5/2024", ScheduleKind.DATE_RANGE, null, "2024-05-18", "2024-05-18");
    }

    @Test
    void whatAScheduleCannotHoldIsSaid() {
        assertNull(TimeFrames.read("Quý II/2024", 2024).problem());
        assertTrue(TimeFrames.read("Tháng 3 và tháng 9/2024", 2024).problem().contains("split the task"));
        assertTrue(TimeFrames.read("Quý II/2023", 2024).problem().contains("not in the plan year 2024"));
        TimeFrames.Reading unread = TimeFrames.read("Khi có yêu cầu", 2024);
        assertEquals(ScheduleKind.CONTINUOUS, unread.schedule().kind());
        assertEquals("Khi có yêu cầu", unread.schedule().label());
        assertTrue(unread.problem().contains("could not be read"));
        assertTrue(TimeFrames.read("Ngày 31/02/2024", 2024).problem().contains("does not exist"));
    }

    @Test
    void unitNamesResolveFoldedAbbreviatedOrShort() {
        assertEquals("HCTH", NAMES.find("Phòng Hành chính - Tổng hợp").code());
        assertEquals("HCTH", NAMES.find("phòng hành chính – tổng hợp").code());
        assertEquals("HCTH", NAMES.find("Phong Hanh chinh - Tong hop").code());
        assertEquals("HCTH", NAMES.find("Phòng HC-TH").code());
        assertEquals("HCTH", NAMES.find("P.HCTH").code());
        assertEquals("TTUDDV", NAMES.find("Trung tâm ƯD&DV KH&CN").code());
        assertEquals("TTUDDV", NAMES.find("Trung tâm Ứng dụng và Dịch vụ KH&CN").code());
        assertEquals("SKHCN", NAMES.find("SỞ KHOA HỌC VÀ CÔNG NGHỆ").code());
        assertEquals("STTTT", NAMES.find("Sở TT&TT").code());
        assertEquals("CCTDC", NAMES.find("Chi cục TĐC").code());
        assertEquals("UBND", NAMES.find("UBND tỉnh").code());
        assertEquals(false, NAMES.find("Trung tâm Dịch vụ việc làm").found());
    }

    @Test
    void aCellOfUnitsSplitsOnSemicolonsAndCommasButKeepsGroups() {
        UnitCells.Units read = UNITS.read("Phòng Hành chính - Tổng hợp; Phòng Kế hoạch - Tài chính, Các phòng, đơn vị thuộc Sở, Báo Quảng Ngãi.");
        assertEquals(List.of("HCTH", "KHTC", "BAOQN"), read.codes());
        assertEquals(List.of(new UnitGroup("SKHCN", "Các phòng, đơn vị thuộc Sở")), read.groups());
        assertEquals(List.of("HCTH", "TTUDDV"), UNITS.read("Phòng HCTH và Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ").codes());
        assertEquals(List.of(new UnitGroup("UBND", "Các sở, ban, ngành")), UNITS.read("Các sở, ban, ngành").groups());
        assertEquals(List.of("Trung tâm Dịch vụ việc làm"), UNITS.read("Trung tâm Dịch vụ việc làm; Thanh tra Sở").unknown());
        assertEquals(List.of("TTRA"), UNITS.read("Thanh tra Sở").codes());
        assertEquals(List.of("SKHCN"), UNITS.read("Sở").codes());
    }

    @Test
    void targetsCountsBreakdownsAndPercentages() {
        List<Targets.Target> seed = Targets.read("Tuyên truyền thông qua xuất bản 06 bản tin, 36 Chuyên mục khoa học và công nghệ "
                + "(12 Chuyên mục trên sóng phát thanh và 12 Chuyên mục trên sóng truyền hình, 12 Chuyên mục trên Báo Quảng Ngãi)");
        assertEquals(2, seed.size());
        assertEquals(new BigDecimal("6"), seed.get(0).target());
        assertEquals("bản tin", seed.get(0).unitOfMeasure());
        assertEquals(List.of(new BigDecimal("12"), new BigDecimal("12"), new BigDecimal("12")), seed.get(1).parts().stream().map(Targets.Part::target).toList());
        assertEquals("Chuyên mục trên Báo Quảng Ngãi", seed.get(1).parts().get(2).name());
        assertEquals(List.of(), Targets.read("Nghị quyết số 93/NQ-HĐND ngày 08/12/2021, mức độ 3 và 4, ISO 9001:2015, năm 2022"));
        Targets.Target percent = Targets.read("Tỷ lệ hồ sơ giải quyết đúng hạn đạt 95%").get(0);
        assertEquals("Tỷ lệ hồ sơ giải quyết đúng hạn", percent.name());
        assertTrue(percent.percent());
        assertEquals("Tỷ lệ hồ sơ được số hóa", Targets.read("90% hồ sơ được số hóa").get(0).name());
        assertEquals(new BigDecimal("1200"), Targets.read("Tổ chức 1.200 lượt người tham dự").get(0).target());
    }

    @Test
    void aBreakdownThatDoesNotAddUpIsAFinding() {
        String plan = ImportSources.resourceText("ke-hoach-chuyen-doi-so-2024-ubnd.txt")
                .replace("- Sản phẩm: 02 cuộc diễn tập.", "- Sản phẩm: 10 tin bài (4 tin bài trên Báo Quảng Ngãi, 5 tin bài trên Cổng thông tin điện tử tỉnh).");
        ImportedPlan imported = PlanImporter.read(TestDocuments.docx(TestDocuments.parse(plan)), DocumentForm.DOCX.mediaType(),
                ImportSources.unitsWith("units-ubnd-tinh.json"));
        Finding breakdown = imported.findings().stream().filter(f -> f.kind() == Finding.Kind.BREAKDOWN).findFirst().orElseThrow();
        assertEquals("tasks[2].indicators[0].parts", breakdown.field());
        assertEquals("the parts add up to 9, not to the total 10: correct the total or the parts", breakdown.message());
    }

    @Test
    void reportingClausesInTheirCommonForms() {
        Reporting seed = reporting("Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện các nhiệm vụ năm 2022 được phân công theo Kế hoạch này "
                + "gửi về Sở (qua Phòng Hành chính - Tổng hợp) trước ngày 10/11/2022 để tổng hợp, tham mưu Giám đốc Sở báo cáo UBND tỉnh "
                + "(qua Sở Thông tin và Truyền thông) trước ngày 15/11/2022./.", 2022, new Findings());
        assertEquals(PeriodType.ANNUAL, seed.periodType());
        assertEquals(LocalDate.of(2022, 11, 10), seed.unitDeadline().dates().get("2022"));
        assertEquals(LocalDate.of(2022, 11, 15), seed.consolidatedDeadline().dates().get("2022"));
        assertEquals("HCTH", seed.consolidationUnit());
        assertEquals("UBND", seed.reportTo().unit());
        assertEquals("STTTT", seed.reportTo().via());
        assertEquals("báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông)", seed.reportTo().note());

        Findings findings = new Findings();
        Reporting working = reporting("Định kỳ hằng quý, các phòng, đơn vị báo cáo gửi về Sở (qua Phòng Kế hoạch - Tài chính) "
                + "trong vòng 05 ngày làm việc kể từ ngày kết thúc quý.", 2024, findings);
        assertEquals(PeriodType.QUARTERLY, working.periodType());
        assertEquals(DeadlineRule.workingDaysAfterWindow(5), working.unitDeadline(), "\"05 ngày làm việc\" counts working days");
        assertNull(working.window(), "no cut-off stated: calendar windows");
        assertEquals("KHTC", working.consolidationUnit());
        assertEquals(List.of("reporting.consolidatedDeadline"), findings.all().stream().map(Finding::field).toList(), findings.all()::toString);

        Reporting days = reporting("Định kỳ 6 tháng, năm các đơn vị báo cáo về Sở chậm nhất 10 ngày sau khi kết thúc kỳ báo cáo, "
                + "để tổng hợp, báo cáo UBND tỉnh chậm nhất 15 ngày sau khi kết thúc kỳ báo cáo.", 2024, new Findings());
        assertNull(days.periodType(), "two kinds of period: schedules, not the shorthand");
        assertEquals(List.of(new ReportingSchedule(PeriodType.SEMIANNUAL, DeadlineRule.daysAfterWindow(10), DeadlineRule.daysAfterWindow(15)),
                new ReportingSchedule(PeriodType.ANNUAL, DeadlineRule.daysAfterWindow(10), DeadlineRule.daysAfterWindow(15))), days.schedules());
        assertEquals("SKHCN", days.consolidationUnit());
    }

    @Test
    void aStatedCutOffOrTheDecreeGivesCutOffWindows() {
        Findings findings = new Findings();
        Reporting stated = reporting("Định kỳ hằng quý, 6 tháng, năm, các phòng, đơn vị báo cáo gửi về Sở (qua Phòng Kế hoạch - Tài chính) "
                + "trong vòng 02 ngày làm việc kể từ ngày chốt số liệu, để tổng hợp, báo cáo UBND tỉnh trong vòng 05 ngày làm việc. "
                + "Số liệu báo cáo tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối kỳ báo cáo.", 2023, findings);
        assertEquals(WindowKind.CUT_OFF, stated.window());
        assertEquals(List.of(PeriodType.QUARTERLY, PeriodType.SEMIANNUAL, PeriodType.ANNUAL), stated.periodTypes());
        for (ReportingSchedule schedule : stated.schedules()) {
            assertEquals(DeadlineRule.workingDaysAfterWindow(2), schedule.unitDeadline(), schedule.periodType()::name);
            assertEquals(DeadlineRule.workingDaysAfterWindow(5), schedule.consolidatedDeadline(), schedule.periodType()::name);
        }
        assertEquals(List.of(), findings.all());

        Reporting decree = reporting("Thực hiện chế độ báo cáo định kỳ hằng quý theo Nghị định số 09/2019/NĐ-CP của Chính phủ, các đơn vị "
                + "báo cáo về Sở chậm nhất 10 ngày sau khi kết thúc quý, để tổng hợp, báo cáo UBND tỉnh chậm nhất 15 ngày sau khi kết thúc quý.",
                2023, new Findings());
        assertEquals(WindowKind.CUT_OFF, decree.window());
        assertEquals(PeriodType.QUARTERLY, decree.periodType());
        assertEquals(DeadlineRule.daysAfterWindow(10), decree.unitDeadline());
    }

    @Test
    void brokenLinesJoinBackIntoParagraphs() {
        String text = "3. Các phòng, đơn vị thuộc Sở báo cáo gửi về Sở (qua Phòng Hành chính\n"
                + "- Tổng hợp) trước ngày 10/11/2022.\n"
                + "- Đơn vị chủ trì thực hiện: Phòng Kế hoạch\n"
                + "- Tài chính, Trung tâm Ứng\n"
                + "dụng và Dịch vụ khoa học và Công nghệ.\n"
                + "- Thời gian thực hiện: Quý II/2022.\n"
                + "giai đoạn 2021-\n"
                + "2025 của tỉnh chính trị\n"
                + "- xã hội.\n";
        List<SourceDocument.Block> lines = TextForm.read(text.getBytes(StandardCharsets.UTF_8)).blocks();
        List<String> paragraphs = Paragraphs.join(lines.stream().map(b -> (SourceDocument.Line) b).toList()).stream()
                .map(Paragraphs.Paragraph::text).toList();
        assertEquals(List.of(
                "3. Các phòng, đơn vị thuộc Sở báo cáo gửi về Sở (qua Phòng Hành chính - Tổng hợp) trước ngày 10/11/2022.",
                "- Đơn vị chủ trì thực hiện: Phòng Kế hoạch - Tài chính, Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ.",
                "- Thời gian thực hiện: Quý II/2022. giai đoạn 2021-2025 của tỉnh chính trị - xã hội."), paragraphs);
    }

    @Test
    void pageNumbersAndFormFeedsOfATextAreNotText() {
        String text = "- Tuyên truyền kết quả xây dựng và triển khai kế hoạch cải thiện các chỉ\n\f2\n"
                + "số CCHC (PAR Index) trong năm 2022.\n- 3 -\n";
        List<SourceDocument.Line> lines = TextForm.read(text.getBytes(StandardCharsets.UTF_8)).blocks().stream()
                .map(b -> (SourceDocument.Line) b).toList();
        assertEquals(List.of("- Tuyên truyền kết quả xây dựng và triển khai kế hoạch cải thiện các chỉ số CCHC (PAR Index) trong năm 2022."),
                Paragraphs.join(lines).stream().map(Paragraphs.Paragraph::text).toList());
        assertEquals(SourceRef.line(3), lines.get(2).ref(), "lines keep their numbers in the text");
    }

    private static Reporting reporting(String clause, int year, Findings findings) {
        return new ReportingMapping(findings).map(ReportingClause.read(clause, SourceRef.line(1), UNITS, "SKHCN"), year);
    }

    private static void assertSchedule(String written, ScheduleKind kind, List<Integer> quarters, String from, String to) {
        Schedule schedule = TimeFrames.read(written, 2024).schedule();
        assertEquals(kind, schedule.kind(), written);
        assertEquals(quarters, schedule.quarters(), written);
        assertEquals(from == null ? null : LocalDate.parse(from), schedule.from(), written);
        assertEquals(to == null ? null : LocalDate.parse(to), schedule.to(), written);
        assertEquals(written.replaceAll("\\.$", ""), schedule.label());
    }
}
