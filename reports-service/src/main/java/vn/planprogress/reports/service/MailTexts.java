package vn.planprogress.reports.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.api.ExpectedSubmission;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.SubmissionOutcome;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.Submission;

/** The mails' Vietnamese text: a subject line and a plain-text body, dates as dd/MM/yyyy. */
public final class MailTexts {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String FOOTER = "\n--\nThư này được gửi tự động từ hệ thống theo dõi tiến độ thực hiện kế hoạch; "
            + "vui lòng không trả lời thư này.\n";

    /** A mail's text. */
    public record Text(String subject, String body) {
    }

    /** One period of a digest: its report as of the digest's instant, and the submissions returned for more. */
    public record DigestPeriod(PlanDigest.Period period, Report report, List<Submission> returned) {
    }

    private MailTexts() {
    }

    /** Nhắc hạn báo cáo: to one lead unit, what it still owes for the period and by when. */
    public static Text reminder(PlanDigest plan, PlanDigest.Period period, int daysBefore, Completeness.UnitSubmissions unit,
                                Instant asOf, ZoneId zone) {
        String subject = "Nhắc hạn báo cáo: Kế hoạch " + plan.number() + ", kỳ " + period.period() + ", hạn ngày "
                + DAY.format(period.unitDeadline());
        StringBuilder body = new StringBuilder()
                .append("Kính gửi: ").append(unit.name() == null ? unit.code() : unit.name()).append(",\n\n")
                .append("Theo Kế hoạch số ").append(plan.number()).append(" \"").append(plan.title()).append("\", ")
                .append("hạn gửi báo cáo kỳ ").append(period.period()).append(" của đơn vị là ngày ")
                .append(DAY.format(period.unitDeadline()))
                .append(daysBefore == 0 ? " (hôm nay)" : " (còn " + daysBefore + " ngày)").append(".\n")
                .append("Đến ").append(at(asOf, zone)).append(", đơn vị chưa gửi báo cáo các nhiệm vụ sau:\n");
        for (Completeness.TaskPeriod task : unit.tasks()) {
            body.append("- Nhiệm vụ ").append(task.taskCode()).append(": ").append(taskTitle(plan, task.taskCode())).append('\n');
        }
        body.append("\nĐề nghị đơn vị cập nhật báo cáo trên hệ thống trước hạn.\n").append(FOOTER);
        return new Text(subject, body.toString());
    }

    /** Tổng hợp tình hình báo cáo: for the consolidation unit, who has submitted, who is late, what was returned. */
    public static Text digest(PlanDigest plan, String unitName, List<DigestPeriod> periods, Instant asOf, ZoneId zone) {
        LocalDate day = LocalDate.ofInstant(asOf, zone);
        String subject = "Tổng hợp tình hình báo cáo ngày " + DAY.format(day) + ": Kế hoạch " + plan.number();
        StringBuilder body = new StringBuilder()
                .append("Kính gửi: ").append(unitName).append(",\n\n")
                .append("Tình hình báo cáo Kế hoạch số ").append(plan.number()).append(" \"").append(plan.title())
                .append("\" đến ").append(at(asOf, zone)).append(":\n");
        for (DigestPeriod part : periods) {
            List<ExpectedSubmission> expected = part.report().completeness().submissions().stream()
                    .filter(s -> part.period().period().equals(s.period())).toList();
            List<ExpectedSubmission> submitted = expected.stream().filter(s -> s.outcome() != SubmissionOutcome.MISSING).toList();
            boolean overdue = part.period().unitDeadline().isBefore(day);
            body.append("\nKỳ ").append(part.period().period()).append(", hạn báo cáo của đơn vị ngày ")
                    .append(DAY.format(part.period().unitDeadline())).append(":\n");
            body.append("- Đã báo cáo: ").append(submitted.size()).append('/').append(expected.size()).append(" báo cáo\n");
            units(body, plan, byUnit(submitted, null));
            section(body, plan, "- Nộp muộn:", byUnit(expected, SubmissionOutcome.LATE));
            section(body, plan, overdue ? "- Quá hạn, chưa báo cáo:" : "- Chưa báo cáo:", byUnit(expected, SubmissionOutcome.MISSING));
            Map<String, List<String>> returned = new LinkedHashMap<>();
            part.returned().forEach(s -> returned.computeIfAbsent(s.unitCode(), u -> new java.util.ArrayList<>()).add(s.taskCode()));
            section(body, plan, "- Bị trả lại để bổ sung:", returned);
        }
        return new Text(subject, body.append(FOOTER).toString());
    }

    private static Map<String, List<String>> byUnit(List<ExpectedSubmission> submissions, SubmissionOutcome outcome) {
        return submissions.stream().filter(s -> outcome == null || s.outcome() == outcome)
                .collect(Collectors.groupingBy(ExpectedSubmission::unitCode, LinkedHashMap::new,
                        Collectors.mapping(ExpectedSubmission::taskCode, Collectors.toList())));
    }

    private static void section(StringBuilder body, PlanDigest plan, String title, Map<String, List<String>> byUnit) {
        body.append(title).append(byUnit.isEmpty() ? " không có\n" : "\n");
        units(body, plan, byUnit);
    }

    private static void units(StringBuilder body, PlanDigest plan, Map<String, List<String>> byUnit) {
        byUnit.forEach((unit, tasks) -> body.append("  + ").append(plan.unitName(unit)).append(" (").append(unit).append("): ")
                .append(String.join(", ", tasks)).append('\n'));
    }

    private static String taskTitle(PlanDigest plan, String code) {
        return plan.tasks() == null ? code
                : plan.tasks().stream().filter(t -> code.equals(t.code())).map(PlanDigest.Task::title).findFirst().orElse(code);
    }

    private static String at(Instant instant, ZoneId zone) {
        var local = instant.atZone(zone);
        return TIME.format(local) + " ngày " + DAY.format(local);
    }
}
