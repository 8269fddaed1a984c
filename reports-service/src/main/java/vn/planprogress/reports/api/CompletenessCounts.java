package vn.planprogress.reports.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Completeness and timeliness in figures: expected = received + missing; received = on time + late. */
@Schema(description = "Expected, received, on-time, late and missing submissions")
public record CompletenessCounts(
        @Schema(examples = "7") int expected,
        @Schema(examples = "5") int received,
        @Schema(examples = "4") int onTime,
        @Schema(examples = "1") int late,
        @Schema(examples = "2") int missing) {

    public static final CompletenessCounts NONE = new CompletenessCounts(0, 0, 0, 0, 0);

    public CompletenessCounts plus(CompletenessCounts other) {
        return new CompletenessCounts(expected + other.expected, received + other.received, onTime + other.onTime,
                late + other.late, missing + other.missing);
    }
}
