package vn.planprogress.reports.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task in a report: its units and schedule, its status and its indicators. */
@Schema(description = "A task with its lead units' latest statuses, its status and its indicators")
public record TaskResult(
        @Schema(examples = "III.4") String code,
        String title,
        @Schema(description = "Đơn vị chủ trì, each with its latest reported status") List<LeadUnit> leadUnits,
        @Schema(description = "Đơn vị phối hợp", examples = "[\"KHTC\", \"QLKH\"]") List<String> coordinatingUnits,
        Schedule schedule,
        @Schema(examples = "OVERDUE") TaskStatus status,
        List<IndicatorResult> indicators) {

    /** A lead unit with the status of its latest submission on the task (absent when it has none). */
    @Schema(description = "A lead unit and its latest reported status")
    public record LeadUnit(
            @Schema(examples = "HCTH") String code,
            @Schema(examples = "Phòng Hành chính - Tổng hợp") String name,
            @Schema(description = "NOT_STARTED, IN_PROGRESS, DONE or CANCELLED; absent when it has not reported", examples = "DONE")
            String status) {
    }

    /** Thời gian thực hiện. Named apart from the plans service's Schedule (another shape) in the gateway's combined document. */
    @Schema(name = "TaskTimeFrame", description = "The task's time frame")
    public record Schedule(
            @Schema(examples = "QUARTERS") String kind,
            @Schema(examples = "Quý II/2022") String label,
            @Schema(examples = "2022-04-01") LocalDate from,
            @Schema(examples = "2022-06-30") LocalDate to) {
    }
}
