package vn.planprogress.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Báo cáo kết quả thực hiện kế hoạch: a plan's progress for a period (or the whole year) as it
 * stood at {@code asOf}: tasks by status, indicators, completeness and timeliness, difficulties and
 * proposals, and what the official document needs.
 */
@Schema(description = "A plan's report for a period or the whole year, as it stood at asOf")
public record Report(
        UUID planId,
        @Schema(examples = "1/KH-SKHCN") String planNumber,
        @Schema(examples = "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ") String planTitle,
        @Schema(examples = "2022") int year,
        @Schema(description = "The period reported on; absent for the whole year", examples = "2022") String period,
        @Schema(description = "The periods the report covers", examples = "[\"2022\"]") List<String> periods,
        @Schema(description = "Submissions are counted as they stood at this instant", examples = "2022-11-12T03:00:00Z") Instant asOf,
        @Schema(description = "The day of asOf in Asia/Ho_Chi_Minh: schedules ended before it are overdue", examples = "2022-11-12")
        LocalDate reportDate,
        StatusCounts tasksByStatus,
        List<TaskResult> tasks,
        Completeness completeness,
        @Schema(description = "Khó khăn, vướng mắc") List<Remark> difficulties,
        @Schema(description = "Đề xuất, kiến nghị") List<Remark> proposals,
        DocumentInfo document) {
}
