package vn.planprogress.plans.api;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A plan in a list: enough to find it, without its content. */
@Schema(description = "A plan in a list")
public record PlanSummary(
        UUID id,
        @Schema(examples = "12/KH-SKHCN") String number,
        String title,
        @Schema(examples = "2022") int year,
        @Schema(examples = "SKHCN") String ownerUnit,
        LocalDate issuedOn,
        @Schema(examples = "ISSUED") PlanStatus status,
        @Schema(description = "Number of the plan it implements", examples = "34/KH-UBND") String parentPlanNumber,
        @Schema(examples = "6") int taskCount,
        long version) {
}
