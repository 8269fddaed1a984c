package vn.planprogress.reports.export;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.api.CompletenessCounts;
import vn.planprogress.reports.api.DocumentInfo;
import vn.planprogress.reports.api.ExpectedSubmission;
import vn.planprogress.reports.api.Remark;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.StatusCounts;
import vn.planprogress.reports.api.TaskResult;
import vn.planprogress.reports.api.TaskStatus;
import vn.planprogress.reports.domain.Percent;

/**
 * What the official report says, part by part in the order of Nghị định 30/2020/NĐ-CP: written
 * once here, laid out by the DOCX ({@link OfficialReport}) and the PDF ({@link PdfReport}) alike,
 * so that the two documents never say different things.
 *
 * @param parentBody  cơ quan chủ quản in capitals, or null
 * @param issuer      cơ quan ban hành in capitals
 * @param number      the number line, its sequence left blank for the clerk (Số:        /BC-SKHCN)
 * @param dateLine    địa danh, ngày tháng năm
 * @param title       the kind of document: BÁO CÁO
 * @param subject     trích yếu
 * @param body        headings, paragraphs and the task table, in order
 * @param recipients  nơi nhận, each line with its closing ; or .
 */
public record OfficialText(
        String parentBody,
        String issuer,
        String number,
        String dateLine,
        String title,
        String subject,
        List<Block> body,
        List<String> recipients,
        String signerTitle,
        String signerName) {

    public static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO_LINE = "Độc lập - Tự do - Hạnh phúc";
    public static final String RECIPIENTS = "Nơi nhận:";
    public static final List<String> TASK_HEADINGS = List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Chỉ tiêu", "Kết quả", "Tình trạng");
    /** The task table's columns, in percent of the text width. */
    public static final int[] TASK_WIDTHS = {7, 29, 16, 12, 14, 13, 9};
    private static final Locale VIETNAMESE = new Locale("vi", "VN");

    /** A part of the body. */
    public sealed interface Block permits Heading, Paragraph, TaskTable {
    }

    /** A section heading (I. KẾT QUẢ ...), bold. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph of the body, justified with its first line indented. */
    public record Paragraph(String text, boolean bold) implements Block {
    }

    /** The table of tasks; a cell's line breaks are kept. */
    public record TaskTable(List<TaskRow> rows) implements Block {
    }

    /** One task's row: TT, nhiệm vụ, đơn vị chủ trì, thời gian, chỉ tiêu, kết quả, tình trạng (bold when overdue). */
    public record TaskRow(String code, String title, String leads, String time, String targets, String results, String status,
                          boolean overdue) {

        public List<String> cells() {
            return List.of(code, title, leads, time, targets, results, status);
        }
    }

    public static OfficialText of(Report report, ZoneId zone) {
        DocumentInfo info = report.document();
        return new OfficialText(
                info.parentBody() == null ? null : upper(info.parentBody()),
                upper(info.issuer().name()),
                "Số:        /BC-" + info.issuer().code(),
                VietnameseTime.dateLine(info.place(), report.reportDate()),
                "BÁO CÁO",
                subject(report),
                body(report, zone),
                recipients(info.recipients()),
                nullToEmpty(info.signerTitle()),
                nullToEmpty(info.signerName()));
    }

    /** The same text with the body's paragraphs and headings reworded: how another wording of this class would read. */
    public OfficialText reworded(UnaryOperator<String> reword) {
        List<Block> blocks = body.stream().map(block -> {
            if (block instanceof Heading heading) {
                return new Heading(reword.apply(heading.text()));
            }
            return block instanceof Paragraph paragraph ? new Paragraph(reword.apply(paragraph.text()), paragraph.bold()) : block;
        }).toList();
        return new OfficialText(parentBody, issuer, number, dateLine, reword.apply(title), reword.apply(subject), blocks, recipients,
                signerTitle, signerName);
    }

    static String subject(Report report) {
        return "Kết quả thực hiện Kế hoạch số " + report.planNumber() + " về " + lowerFirst(report.planTitle())
                + (report.period() == null || report.period().equals(String.valueOf(report.year()))
                ? "" : " (" + Labels.period(report.period(), report.year()) + ")");
    }

    private static List<Block> body(Report report, ZoneId zone) {
        String issuer = report.document().issuer().name();
        List<Block> body = new ArrayList<>();
        body.add(new Paragraph("Thực hiện Kế hoạch số " + report.planNumber() + " của " + issuer + " về "
                + lowerFirst(report.planTitle()) + ", " + issuer + " báo cáo kết quả thực hiện "
                + Labels.period(report.period(), report.year()) + " (số liệu tính đến " + VietnameseTime.inWords(report.asOf(), zone)
                + ") như sau:", false));
        body.add(new Heading("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ"));
        StatusCounts s = report.tasksByStatus();
        body.add(new Paragraph("Kế hoạch có " + s.total() + " nhiệm vụ: " + s.done() + " nhiệm vụ hoàn thành, " + s.inProgress()
                + " nhiệm vụ đang thực hiện, " + s.notStarted() + " nhiệm vụ chưa thực hiện, " + s.overdue()
                + " nhiệm vụ quá hạn. Kết quả cụ thể như sau:", false));
        body.add(new TaskTable(report.tasks().stream().map(OfficialText::row).toList()));
        body.add(new Heading("II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ"));
        CompletenessCounts c = report.completeness().counts();
        List<String> deadlines = report.completeness().submissions().stream().map(ExpectedSubmission::unitDeadline)
                .filter(Objects::nonNull).distinct().sorted().map(VietnameseTime::date).toList();
        if (!deadlines.isEmpty()) {
            body.add(new Paragraph("- Hạn gửi báo cáo của các đơn vị: ngày " + String.join(", ", deadlines) + ".", false));
        }
        body.add(new Paragraph("- Số báo cáo phải gửi: " + c.expected() + "; đã nhận: " + c.received() + " (đúng hạn: " + c.onTime()
                + ", trễ hạn: " + c.late() + "); chưa báo cáo: " + c.missing() + ".", false));
        body.add(new Paragraph("- Đơn vị chưa báo cáo: " + units(report.completeness().missingUnits()) + ".", false));
        body.add(new Paragraph("- Đơn vị báo cáo trễ hạn: " + units(report.completeness().lateUnits()) + ".", false));
        List<String> unlocked = underLockExceptions(report);
        if (!unlocked.isEmpty()) {
            body.add(new Paragraph("- Báo cáo gửi sau khi khóa số liệu, theo mở khóa: " + String.join("; ", unlocked) + ".", false));
        }
        body.add(new Heading("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ"));
        body.add(new Paragraph("1. Khó khăn, vướng mắc", true));
        remarks(report.difficulties(), body);
        body.add(new Paragraph("2. Đề xuất, kiến nghị", true));
        remarks(report.proposals(), body);
        body.add(new Paragraph("Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + report.planNumber() + " của " + issuer + "./.",
                false));
        return List.copyOf(body);
    }

    private static TaskRow row(TaskResult task) {
        return new TaskRow(task.code(), task.title(), leads(task), task.schedule().label(), targets(task), results(task),
                Labels.of(task.status()), task.status() == TaskStatus.OVERDUE);
    }

    /** The lead units; with their own statuses when there are several. */
    private static String leads(TaskResult task) {
        if (task.leadUnits().size() == 1) {
            return task.leadUnits().get(0).name();
        }
        return task.leadUnits().stream().map(u -> u.name() + " (" + Labels.ofReported(u.status()).toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(";\n"));
    }

    /** Each indicator's target, its parts', and a line of what sets it apart (measure, direction, baseline) where set. */
    private static String targets(TaskResult task) {
        return task.indicators().stream().map(i -> {
            String line = "QUALITATIVE".equals(i.measure()) ? i.name()
                    : Labels.number(i.target()) + " " + nullToEmpty(i.unitOfMeasure());
            String regime = Labels.regime(i);
            return line + (regime == null ? "" : "\n(" + regime + ")")
                    + i.parts().stream().map(p -> "\n- " + p.name() + ": " + Labels.number(p.target())).collect(Collectors.joining());
        }).collect(Collectors.joining("\n"));
    }

    /**
     * Each indicator's result: achieved and percent of target, its parts'; a percent indicator's value of each unit
     * under its mean; a qualitative one reported or not, with each unit's text. Units by code: the column is narrow.
     */
    private static String results(TaskResult task) {
        return task.indicators().stream().map(i -> {
            String line = "QUALITATIVE".equals(i.measure()) ? Labels.reported(i.reported())
                    : Labels.number(i.achieved()) + " " + nullToEmpty(i.unitOfMeasure()) + percent(i.percent());
            String units = i.units() == null ? "" : i.units().stream()
                    .map(u -> "\n- " + u.unitCode() + ": " + (u.text() != null ? u.text() : Labels.number(u.value())))
                    .collect(Collectors.joining());
            return line + units + i.parts().stream().map(p -> "\n- " + Labels.number(p.achieved()) + percent(p.percent()))
                    .collect(Collectors.joining());
        }).collect(Collectors.joining("\n"));
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "" : " (" + Labels.number(Percent.plain(percent)) + "%)";
    }

    /** The late submissions entered under a lock exception: unit (task, period, until when: why). */
    private static List<String> underLockExceptions(Report report) {
        Map<String, String> names = report.tasks().stream().flatMap(t -> t.leadUnits().stream())
                .collect(Collectors.toMap(TaskResult.LeadUnit::code, TaskResult.LeadUnit::name, (a, b) -> a));
        return report.completeness().submissions().stream().filter(s -> s.lockException() != null)
                .map(s -> names.getOrDefault(s.unitCode(), s.unitCode()) + " (nhiệm vụ " + s.taskCode() + ", "
                        + Labels.period(s.period(), report.year()) + ", mở khóa đến ngày " + VietnameseTime.date(s.lockException().until())
                        + ": " + nullToEmpty(s.lockException().reason()) + ")")
                .toList();
    }

    private static String units(List<Completeness.UnitSubmissions> units) {
        if (units.isEmpty()) {
            return "không có";
        }
        return units.stream().map(u -> u.name() + " (nhiệm vụ " + u.tasks().stream().map(Completeness.TaskPeriod::taskCode)
                .distinct().collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "));
    }

    private static void remarks(List<Remark> remarks, List<Block> body) {
        if (remarks.isEmpty()) {
            body.add(new Paragraph("Không có.", false));
        }
        for (Remark remark : remarks) {
            body.add(new Paragraph("- " + remark.unitName() + " (nhiệm vụ " + remark.taskCode() + "): " + remark.text(), false));
        }
    }

    private static List<String> recipients(List<String> names) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            lines.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
        }
        return List.copyOf(lines);
    }

    private static String upper(String text) {
        return text.toUpperCase(VIETNAMESE);
    }

    /** "Tuyên truyền ..." → "tuyên truyền ...", but an abbreviation such as "CCHC ..." stays. */
    static String lowerFirst(String title) {
        if (title == null || title.length() < 2 || !Character.isLowerCase(title.charAt(1))) {
            return nullToEmpty(title);
        }
        return title.substring(0, 1).toLowerCase(VIETNAMESE) + title.substring(1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
