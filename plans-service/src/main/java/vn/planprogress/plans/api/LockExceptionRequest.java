package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Opens one locked period of a plan for one unit until the end of a day, and says why. */
@Schema(description = "A unit, a period of the plan, the last day entry is accepted again, and why")
public record LockExceptionRequest(
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "A unit that leads or coordinates a task of the plan", examples = "HCTH") String unitCode,
        @NotBlank @Schema(examples = "2023-Q2") String period,
        @NotNull @Schema(description = "Entry is accepted through the end of this day (Asia/Ho_Chi_Minh)", examples = "2023-07-05") LocalDate until,
        @NotBlank @Size(max = 1000) @Schema(examples = "Bổ sung số liệu quý II theo đề nghị của đơn vị") String reason) {
}
