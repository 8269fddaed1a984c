package vn.planprogress.reports.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What to take a snapshot of: a period (the whole year when absent) as of an instant (now when absent). */
@Schema(description = "The period and as-of instant of a snapshot; both optional")
public record SnapshotRequest(
        @Schema(description = "A reporting period of the plan; the whole year when absent", examples = "2022") String period,
        @Schema(description = "ISO-8601 instant with offset, not in the future; now when absent", examples = "2022-11-12T10:00:00+07:00")
        String asOf) {
}
