package vn.planprogress.reports.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tính đầy đủ và kịp thời: every expected submission (each task, lead unit and period whose
 * schedule overlaps it) with its outcome, the counts, and the units that are missing or late.
 */
@Schema(description = "Completeness and timeliness of the units' submissions")
public record Completeness(
        CompletenessCounts counts,
        @Schema(description = "Units that still owe submissions, with what they owe") List<UnitSubmissions> missingUnits,
        @Schema(description = "Units that submitted after the unit deadline, with what") List<UnitSubmissions> lateUnits,
        @Schema(description = "Every expected submission and its outcome") List<ExpectedSubmission> submissions) {

    /** A unit and the expected submissions of it that are missing (or late). */
    @Schema(description = "A unit and the expected submissions concerned")
    public record UnitSubmissions(
            @Schema(examples = "QLTC") String code,
            @Schema(examples = "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng") String name,
            List<TaskPeriod> tasks) {
    }

    @Schema(description = "A task in a period")
    public record TaskPeriod(@Schema(examples = "III.5") String taskCode, @Schema(examples = "2022") String period) {
    }
}
