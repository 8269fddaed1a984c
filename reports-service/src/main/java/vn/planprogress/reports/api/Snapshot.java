package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Ảnh chụp báo cáo: a report stored as it stood at its as-of instant; never changed afterwards. */
@Schema(description = "A stored, immutable report snapshot")
public record Snapshot(
        UUID id,
        UUID planId,
        @Schema(examples = "1/KH-SKHCN") String planNumber,
        @Schema(examples = "2022") String period,
        @Schema(examples = "ON_DEMAND") SnapshotKind kind,
        @Schema(examples = "daily-snapshots/2022-11-12") String trigger,
        Instant asOf,
        Instant createdAt,
        @Schema(examples = "planner@dev") String createdBy,
        Report report) {
}
