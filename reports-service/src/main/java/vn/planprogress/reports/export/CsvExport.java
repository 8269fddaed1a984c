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
 * its header row: tasks and indicators (a row per indicator, per part, and per unit of a percent or
 * qualitative indicator; with the indicator's measure, direction, aggregation and baseline when some
 * indicator of the report is not a number summed over periods), the expected
 * submissions with their outcome (and the lock exception of those entered after their period
 * locked, when there are some), and the totals. Figures keep a decimal point, for calculation;
 * dates and times are written in the business zone as officials read them ({@link VietnameseTime}).
 */
public final class CsvExport {

    public static final String MEDIA_TYPE = "text/csv";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** Loại chỉ tiêu, xu hướng, cách tính, giá trị cơ sở and its year; the unit of a per-unit row. */
    private static final List<String> FRAMEWORK_HEADINGS = List.of("Loại chỉ tiêu", "Xu hướng", "Cách tính", "Giá trị cơ sở", "Năm cơ sở",
            "Mã đơn vị báo cáo", "Đơn vị báo cáo");

    private CsvExport() {
    }

    public static byte[] render(Report report, ZoneId zone) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Kế hoạch", text(report.planNumber()), text(report.planTitle())));
        rows.add(List.of("Kỳ báo cáo", Labels.period(report.period(), report.year())));
        rows.add(List.of("Số liệu tính đến", VietnameseTime.dateTime(report.asOf(), zone)));
        rows.add(List.of());
        // The results-framework columns only when an indicator is more than a number summed over periods, so that
        // the table of such a plan (and of every report taken before indicators had a measure) reads as it did.
        boolean framework = report.tasks().stream().flatMap(t -> t.indicators().stream())
                .anyMatch(i -> Labels.regime(i) != null || i.units() != null);
        List<String> header = new ArrayList<>(List.of("Mã nhiệm vụ", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện", "Tình trạng",
                "Mã chỉ tiêu", "Chỉ tiêu", "Thành phần", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"));
        if (framework) {
            header.addAll(FRAMEWORK_HEADINGS);
        }
        rows.add(header);
        for (TaskResult task : report.tasks()) {
            List<String> head = List.of(task.code(), text(task.title()), leads(task), text(task.schedule().label()),
                    Labels.of(task.status()));
            if (task.indicators().isEmpty()) {
                List<String> row = concat(head, "", "", "", "", "", "", "");
                if (framework) {
                    row.addAll(List.of("", "", "", "", "", "", ""));
                }
                rows.add(row);
            }
            for (IndicatorResult indicator : task.indicators()) {
                String achieved = "QUALITATIVE".equals(indicator.measure()) ? Labels.reported(indicator.reported()) : plain(indicator.achieved());
                List<String> row = concat(head, indicator.code(), text(indicator.name()), "", text(indicator.unitOfMeasure()),
                        plain(indicator.target()), achieved, plain(indicator.percent()));
                if (framework) {
                    IndicatorResult.Baseline baseline = indicator.baseline();
                    row.addAll(List.of(Labels.measure(indicator.measure()), Labels.direction(indicator.direction()),
                            Labels.isNumber(indicator) ? Labels.aggregation(indicator.aggregation()) : "", baseline == null ? "" : plain(baseline.value()),
                            baseline == null || baseline.year() == null ? "" : baseline.year().toString(), "", ""));
                }
                rows.add(row);
                for (IndicatorResult.PartResult part : indicator.parts()) {
                    List<String> partRow = concat(head, indicator.code(), text(part.name()), part.code(), text(indicator.unitOfMeasure()),
                            plain(part.target()), plain(part.achieved()), plain(part.percent()));
                    if (framework) {
                        partRow.addAll(List.of("", "", "", "", "", "", ""));
                    }
                    rows.add(partRow);
                }
                // A percent's or a qualitative indicator's own result of each unit, under it.
                for (IndicatorResult.UnitResult unit : indicator.units() == null ? List.<IndicatorResult.UnitResult>of() : indicator.units()) {
                    List<String> unitRow = concat(head, indicator.code(), text(indicator.name()), "", text(indicator.unitOfMeasure()), "",
                            unit.text() != null ? unit.text() : plain(unit.value()), "");
                    unitRow.addAll(List.of("", "", "", "", "", unit.unitCode(), text(unit.unitName())));
                    rows.add(unitRow);
                }
            }
        }
        rows.add(List.of());
        // Who let a late submission in after its period locked: columns only when some submission was.
        boolean unlocked = report.completeness().submissions().stream().anyMatch(item -> item.lockException() != null);
        List<String> submissionsHeader = new ArrayList<>(List.of("Mã nhiệm vụ", "Mã đơn vị", "Đơn vị", "Kỳ", "Hạn báo cáo", "Kết quả",
                "Nộp lần đầu"));
        if (unlocked) {
            submissionsHeader.addAll(List.of("Mở khóa đến", "Lý do mở khóa", "Người mở khóa"));
        }
        rows.add(submissionsHeader);
        Map<String, String> leadNames = report.tasks().stream().flatMap(t -> t.leadUnits().stream())
                .collect(Collectors.toMap(TaskResult.LeadUnit::code, TaskResult.LeadUnit::name, (a, b) -> a));
        for (ExpectedSubmission item : report.completeness().submissions()) {
            List<String> row = new ArrayList<>(List.of(item.taskCode(), item.unitCode(), leadNames.getOrDefault(item.unitCode(), item.unitCode()),
                    item.period(), item.unitDeadline() == null ? "" : VietnameseTime.date(item.unitDeadline()), Labels.of(item.outcome()),
                    item.firstSubmittedAt() == null ? "" : VietnameseTime.dateTime(item.firstSubmittedAt(), zone)));
            if (unlocked) {
                ExpectedSubmission.AppliedLockException exception = item.lockException();
                row.addAll(exception == null ? List.of("", "", "")
                        : List.of(VietnameseTime.date(exception.until()), text(exception.reason()), text(exception.createdBy())));
            }
            rows.add(row);
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
