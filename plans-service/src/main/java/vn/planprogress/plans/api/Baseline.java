package vn.planprogress.plans.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Giá trị cơ sở: where an indicator starts from, the year measured and where it is stated. */
@Schema(description = "The indicator's value before the plan: the value, the year it was measured, a note on its source")
public record Baseline(
        @Schema(description = "Required for NUMBER and PERCENT; absent for QUALITATIVE", examples = "88.5") BigDecimal value,
        @Min(value = 2000, message = "must be between 2000 and 2100") @Max(value = 2100, message = "must be between 2000 and 2100")
        @Schema(examples = "2022") Integer year,
        @Size(max = 1000) @Schema(examples = "Báo cáo năm 2022") String note) {
}
