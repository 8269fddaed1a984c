package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Báo cáo tổng hợp toàn tỉnh: one report across the plans that implement the same parent plan
 * (e.g. each department's plan under Kế hoạch 34/KH-UBND): each department's completeness and task
 * totals, and the sums over all of them.
 */
@Schema(description = "A roll-up across the plans that implement one parent plan")
public record Rollup(
        @Schema(examples = "34/KH-UBND") String parentPlanNumber,
        @Schema(description = "The period reported on; absent for the whole year", examples = "2022") String period,
        Instant asOf,
        @Schema(description = "Each implementing plan (issued or closed), by its owner unit") List<PlanTotals> plans,
        @Schema(description = "Tasks by status over all the plans") StatusCounts tasksByStatus,
        @Schema(description = "Completeness and timeliness over all the plans") CompletenessCounts completeness) {

    /** A department's plan in the roll-up. */
    @Schema(name = "RollupPlan", description = "A plan's totals in a roll-up")
    public record PlanTotals(
            UUID planId,
            @Schema(examples = "1/KH-SKHCN") String planNumber,
            String planTitle,
            UnitRef ownerUnit,
            StatusCounts tasksByStatus,
            CompletenessCounts completeness,
            @Schema(description = "Its units that still owe submissions") List<UnitRef> missingUnits) {
    }
}
