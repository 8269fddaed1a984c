package vn.planprogress.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One submission a lead unit owes: a task in a period whose window its schedule overlaps, its deadline and what
 * became of it; when it was first entered after the period locked, the lock exception it was entered under.
 */
@Schema(description = "A submission a lead unit owes, and its outcome")
public record ExpectedSubmission(
        @Schema(examples = "III.3") String taskCode,
        @Schema(examples = "TTUDDV") String unitCode,
        @Schema(examples = "2022") String period,
        @Schema(description = "End of this day in Asia/Ho_Chi_Minh", examples = "2022-11-10") LocalDate unitDeadline,
        @Schema(examples = "ON_TIME") SubmissionOutcome outcome,
        @Schema(description = "Server time of the first submitted revision; absent when missing") Instant firstSubmittedAt,
        @Schema(description = "A LATE submission first entered after its period locked: the planner's lock exception it was "
                + "entered under; absent otherwise") AppliedLockException lockException) {

    public ExpectedSubmission(String taskCode, String unitCode, String period, LocalDate unitDeadline, SubmissionOutcome outcome,
                              Instant firstSubmittedAt) {
        this(taskCode, unitCode, period, unitDeadline, outcome, firstSubmittedAt, null);
    }

    /** Mở khóa số liệu: who let the unit enter the locked period, until when and why. */
    @Schema(name = "AppliedLockException", description = "The lock exception a submission was entered under")
    public record AppliedLockException(
            @Schema(examples = "3f9c2d1e-7b6a-4c5d-9e8f-0a1b2c3d4e5f") UUID id,
            @Schema(description = "Entry was accepted through the end of this day in Asia/Ho_Chi_Minh", examples = "2023-07-05")
            LocalDate until,
            @Schema(examples = "Bổ sung số liệu quý II theo đề nghị của đơn vị") String reason,
            @Schema(examples = "planner@dev") String createdBy) {
    }
}
