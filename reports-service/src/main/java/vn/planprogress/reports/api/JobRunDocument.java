package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A run of a scheduled job: which occurrence, which attempt, how it ended and what it produced. */
@Schema(name = "JobRun", description = "A run of a scheduled job")
public record JobRunDocument(
        UUID id,
        @Schema(examples = "daily-snapshots", enumeration = {"daily-snapshots", "consolidated-reports", "reminders"}) String jobName,
        @Schema(description = "The occurrence it runs: the scheduled instant, or when an admin asked") Instant scheduledFor,
        @Schema(examples = "1") int attempt,
        @Schema(description = "scheduler, or the admin who asked", examples = "scheduler") String startedBy,
        Instant startedAt,
        Instant finishedAt,
        @Schema(examples = "SUCCEEDED") JobOutcome outcome,
        List<JobOutput> produced,
        @Schema(examples = "The plans or progress service is not reachable or too slow ...") String error,
        @Schema(description = "When a failed run is tried again; absent when it is not") Instant nextAttemptAt) {
}
