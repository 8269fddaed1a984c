package vn.planprogress.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One submission a lead unit owes: a task in a period, its deadline and what became of it. */
@Schema(description = "A submission a lead unit owes, and its outcome")
public record ExpectedSubmission(
        @Schema(examples = "III.3") String taskCode,
        @Schema(examples = "TTUDDV") String unitCode,
        @Schema(examples = "2022") String period,
        @Schema(description = "End of this day in Asia/Ho_Chi_Minh", examples = "2022-11-10") LocalDate unitDeadline,
        @Schema(examples = "ON_TIME") SubmissionOutcome outcome,
        @Schema(description = "Server time of the first submitted revision; absent when missing") Instant firstSubmittedAt) {
}
