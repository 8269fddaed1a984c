package vn.planprogress.reports.export;

import java.math.BigDecimal;
import vn.planprogress.reports.api.SubmissionOutcome;
import vn.planprogress.reports.api.TaskStatus;

/** How the documents write statuses, periods and figures in Vietnamese (dates and times: {@link VietnameseTime}). */
final class Labels {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private Labels() {
    }

    static String of(TaskStatus status) {
        return switch (status) {
            case DONE -> "Hoàn thành";
            case IN_PROGRESS -> "Đang thực hiện";
            case NOT_STARTED -> "Chưa thực hiện";
            case OVERDUE -> "Quá hạn";
        };
    }

    static String of(SubmissionOutcome outcome) {
        return switch (outcome) {
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Trễ hạn";
            case MISSING -> "Chưa báo cáo";
        };
    }

    /** A unit's reported status: NOT_STARTED, IN_PROGRESS, DONE or CANCELLED; "chưa báo cáo" when absent. */
    static String ofReported(String status) {
        if (status == null) {
            return "Chưa báo cáo";
        }
        return switch (status) {
            case "DONE" -> "Hoàn thành";
            case "IN_PROGRESS" -> "Đang thực hiện";
            case "NOT_STARTED" -> "Chưa thực hiện";
            case "CANCELLED" -> "Dừng thực hiện";
            default -> status;
        };
    }

    /** {@code 2022} → năm 2022; {@code 2022-Q2} → quý II năm 2022; {@code 2022-05} → tháng 5 năm 2022. */
    static String period(String period, int year) {
        if (period == null) {
            return "năm " + year;
        }
        if (period.matches("\\d{4}-Q[1-4]")) {
            return "quý " + ROMAN[period.charAt(6) - '1'] + " năm " + period.substring(0, 4);
        }
        if (period.matches("\\d{4}-\\d{2}")) {
            return "tháng " + Integer.parseInt(period.substring(5)) + " năm " + period.substring(0, 4);
        }
        return "năm " + period;
    }

    /** A figure as Vietnamese documents write it: a decimal comma (94,44). */
    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
