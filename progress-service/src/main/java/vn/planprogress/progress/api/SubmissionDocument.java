package vn.planprogress.progress.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Báo cáo tiến độ: a unit's progress on a task for a period, as its latest (or an earlier) revision states it. */
@Schema(name = "Submission", description = "A unit's progress on a task for a reporting period, at one revision")
public record SubmissionDocument(
        UUID id,
        UUID planId,
        @Schema(examples = "III.3") String taskCode,
        @Schema(examples = "TTUDDV") String unitCode,
        @Schema(examples = "2022") String period,
        ProgressStatus status,
        List<IndicatorValue> values,
        String summary,
        String difficulties,
        String proposals,
        List<Evidence> evidence,
        @Schema(description = "The review state") ReviewState state,
        @Schema(description = "Counts from 1; every correction makes a new one", examples = "2") int revision,
        @Schema(examples = "reporter.ttuddv@dev") String submittedBy,
        @Schema(description = "Server time of this revision") Instant submittedAt,
        @Schema(description = "Server time of the first revision that was not a draft; absent while a draft") Instant firstSubmittedAt,
        @Schema(description = "Units report by the end of this day in Asia/Ho_Chi_Minh", examples = "2022-11-10") LocalDate unitDeadline,
        @Schema(description = "firstSubmittedAt is after the end of the unitDeadline day; absent while a draft") Boolean late,
        String correctionReason,
        @Schema(description = "This revision was made after the unit deadline") boolean lateCorrection) {
}
