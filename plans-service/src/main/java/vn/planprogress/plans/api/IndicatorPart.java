package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One part of an indicator's breakdown, e.g. the 12 radio columns of 36. */
@Schema(description = "A part of an indicator's breakdown; the parts' targets add up to the indicator's")
public record IndicatorPart(
        @NotBlank @Pattern(regexp = Codes.ITEM, message = Codes.ITEM_MESSAGE) @Schema(examples = "PT") String code,
        @NotBlank @Size(max = 500) @Schema(examples = "Chuyên mục trên sóng phát thanh") String name,
        @NotNull @PositiveOrZero(message = "must be 0 or more") @Schema(examples = "12") BigDecimal target) {
}
