package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored report snapshot in a list: what it is of and when it stood, without the report. */
@Schema(description = "A report snapshot in a list")
public record SnapshotSummary(
        UUID id,
        UUID planId,
        @Schema(examples = "1/KH-SKHCN") String planNumber,
        @Schema(description = "The period reported on; absent for the whole year", examples = "2022") String period,
        @Schema(examples = "CONSOLIDATED") SnapshotKind kind,
        @Schema(description = "The scheduled occurrence that took it; absent when asked for", examples = "consolidated-reports/2022")
        String trigger,
        @Schema(description = "The report reads the submissions as they stood at this instant") Instant asOf,
        Instant createdAt,
        @Schema(examples = "planner@dev") String createdBy) {
}
