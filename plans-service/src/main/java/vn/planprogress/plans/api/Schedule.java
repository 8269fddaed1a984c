package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task's time frame; the effective dates are derived from it and the plan year. */
@Schema(description = "CONTINUOUS (all year), QUARTERS (quarters 1..4 of the plan year) or DATE_RANGE (from..to)")
public record Schedule(
        @NotNull @Schema(examples = "QUARTERS") ScheduleKind kind,
        @Size(max = 4) @Schema(description = "For QUARTERS: the quarters, 1 to 4", examples = "[1, 2]") List<Integer> quarters,
        @Schema(description = "For DATE_RANGE: the first day") LocalDate from,
        @Schema(description = "For DATE_RANGE: the last day") LocalDate to,
        @Size(max = 200) @Schema(description = "The time frame as the document writes it", examples = "Quý I - II/2022") String label,
        @Schema(readOnly = true, description = "Derived: the first day of the time frame", examples = "2022-01-01") LocalDate effectiveFrom,
        @Schema(readOnly = true, description = "Derived: the last day of the time frame", examples = "2022-06-30") LocalDate effectiveTo) {
}
