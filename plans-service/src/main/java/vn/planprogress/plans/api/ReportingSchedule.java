package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One period type a plan reports on, with the units' and the consolidated deadline rules of its periods. */
@Schema(description = "A period type the plan reports on and the deadline rules of its periods")
public record ReportingSchedule(
        @NotNull @Schema(examples = "QUARTERLY") PeriodType periodType,
        @NotNull @Valid DeadlineRule unitDeadline,
        @NotNull @Valid DeadlineRule consolidatedDeadline) {
}
