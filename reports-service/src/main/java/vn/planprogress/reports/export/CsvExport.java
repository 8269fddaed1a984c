package vn.planprogress.reports.export;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.planprogress.reports.api.ExpectedSubmission;
import vn.planprogress.reports.api.IndicatorResult;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.TaskResult;

/**
 * A report as CSV for spreadsheet programs: UTF-8 with a byte order mark (so that they read the
 * Vietnamese right), RFC 4180 quoting, CRLF line ends. Three tables one after the other, each with
 * its header row: tasks and indicators (a row per indicator and per part), the expected
 * submissions with their outcome, and the totals. Figures keep a decimal point, for calculation;
 * dates and times are written in the business zone as officials read them ({@link VietnameseTime}).
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private CsvExport() {
    }

    public static byte[] render(Report report, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Kế hoạch", text(report.planNumber()), text(report.planTitle())));
        rows.add(List.of("Kỳ báo cáo", Labels.period(report.period(), report.year())));
        rows.add(List.of("Số liệu tính đến", VietnameseTime.dateTime(report.asOf(), zone)));
        rows.add(List.of());
        rows.add(List.of("Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Tình trạng", "Mã chỉ tiêu",
                "Chỉ tiêu", "Thành phần", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"));
        for (TaskResult task : report.tasks()) {
            List<String> head = List.of(task.code(), text(task.title()), leads(task), text(task.schedule().label()),
                    Labels.of(task.status()));
            if (task.indicators().isEmpty()) {
                rows.add(concat(head, "", "", "", "", "", "", ""));
            }
            for (IndicatorResult indicator : task.indicators()) {
                rows.add(concat(head, indicator.code(), text(indicator.name()), "", text(indicator.unitOfMeasure()),
                        plain(indicator.target()), plain(indicator.achieved()), plain(indicator.percent())));
                for (IndicatorResult.PartResult part : indicator.parts()) {
                    rows.add(concat(head, indicator.code(), text(part.name()), part.code(), text(indicator.unitOfMeasure()),
                            plain(part.target()), plain(part.achieved()), plain(part.percent())));
                }
            }
        }
        rows.add(List.of());
        rows.add(List.of("Mã nhiệm vụ", "Mã đơn vị", "Đơn vị", "Kỳ", "Hạn báo cáo", "Kết quả", "Nộp lần đầu"));
        Map<String, String> leadNames = report.tasks().stream().flatMap(t -> t.leadUnits().stream())
                .collect(Collectors.toMap(TaskResult.LeadUnit::code, TaskResult.LeadUnit::name, (a, b) -> a));
        for (ExpectedSubmission item : report.completeness().submissions()) {
            rows.add(List.of(item.taskCode(), item.unitCode(), leadNames.getOrDefault(item.unitCode(), item.unitCode()), item.period(),
                    item.unitDeadline() == null ? "" : VietnameseTime.date(item.unitDeadline()), Labels.of(item.outcome()),
                    item.firstSubmittedAt() == null ? "" : VietnameseTime.dateTime(item.firstSubmittedAt(), zone)));
        }
        rows.add(List.of());
        rows.add(List.of("Tổng số nhiệm vụ", "Hoàn thành", "Đang thực hiện", "Chưa thực hiện", "Quá hạn",
                "Báo cáo phải nộp", "Đã nhận", "Đúng hạn", "Trễ hạn", "Chưa báo cáo"));
        var c = report.completeness().counts();
        var s = report.tasksByStatus();
        rows.add(Arrays.stream(new int[] {s.total(), s.done(), s.inProgress(), s.notStarted(), s.overdue(),
                c.expected(), c.received(), c.onTime(), c.late(), c.missing()}).mapToObj(String::valueOf).toList());
        return write(rows);
    }

    private static String leads(TaskResult task) {
        return task.leadUnits().stream().map(TaskResult.LeadUnit::name).collect(Collectors.joining("; "));
    }

    private static List<String> concat(List<String> head, String... tail) {
        List<String> row = new ArrayList<>(head);
        row.addAll(Arrays.asList(tail));
        return row;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static byte[] write(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder();
        for (List<String> row : rows) {
            csv.append(row.stream().map(CsvExport::quoted).collect(Collectors.joining(","))).append("\r\n");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** Quoted when it holds a separator, a quote or a line break; a quote doubled. */
    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
