package vn.planprogress.reports.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.planprogress.reports.api.IndicatorResult;
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

    /** A measure: số lượng, tỷ lệ (%), định tính. */
    static String measure(String measure) {
        return switch (measure == null ? "NUMBER" : measure) {
            case "PERCENT" -> "Tỷ lệ (%)";
            case "QUALITATIVE" -> "Định tính";
            default -> "Số lượng";
        };
    }

    /** A direction: tăng (more is better) or giảm (less is better). */
    static String direction(String direction) {
        return "DECREASE".equals(direction) ? "Giảm" : "Tăng";
    }

    /** An aggregation: cộng các kỳ, or lũy kế (the latest period carries the total). */
    static String aggregation(String aggregation) {
        return "LATEST".equals(aggregation) ? "Lũy kế" : "Cộng các kỳ";
    }

    /** Whether the indicator is counted as a number (only a number is summed or carried over periods). */
    static boolean isNumber(IndicatorResult indicator) {
        return indicator.measure() == null || "NUMBER".equals(indicator.measure());
    }

    /** A qualitative indicator's result: đã báo cáo / chưa báo cáo. */
    static String reported(Boolean reported) {
        return Boolean.TRUE.equals(reported) ? "Đã báo cáo" : "Chưa báo cáo";
    }

    /**
     * What sets the indicator apart from a number summed over periods where more is better, as a short line
     * ("tỷ lệ; giảm; giá trị cơ sở: 88,5 (năm 2022)"); null when nothing does, as for every indicator of a
     * report taken before indicators had a measure.
     */
    static String regime(IndicatorResult indicator) {
        List<String> parts = new ArrayList<>();
        if ("PERCENT".equals(indicator.measure())) {
            parts.add("tỷ lệ");
        } else if ("QUALITATIVE".equals(indicator.measure())) {
            parts.add("định tính");
        }
        if ("DECREASE".equals(indicator.direction())) {
            parts.add("giảm");
        }
        if ("LATEST".equals(indicator.aggregation()) && isNumber(indicator)) {
            parts.add("lũy kế");
        }
        if (indicator.baseline() != null && indicator.baseline().value() != null) {
            parts.add("giá trị cơ sở: " + number(indicator.baseline().value())
                    + (indicator.baseline().year() == null ? "" : " (năm " + indicator.baseline().year() + ")"));
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /**
     * {@code 2022} → năm 2022; {@code 2022-Q2} → quý II năm 2022; {@code 2022-05} → tháng 5 năm 2022; {@code 2022-H1} →
     * 6 tháng đầu năm 2022; {@code 2022-9M} → 9 tháng năm 2022.
     */
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
        if (period.matches("\\d{4}-H[12]")) {
            return "6 tháng " + (period.endsWith("1") ? "đầu" : "cuối") + " năm " + period.substring(0, 4);
        }
        if (period.matches("\\d{4}-9M")) {
            return "9 tháng năm " + period.substring(0, 4);
        }
        return "năm " + period;
    }

    /** A figure as Vietnamese documents write it: a decimal comma (94,44). */
    static String number(BigDecimal value) {
        return value == null ? "" : value.toPlainString().replace('.', ',');
    }
}
