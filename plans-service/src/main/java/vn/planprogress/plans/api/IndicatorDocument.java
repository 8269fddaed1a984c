package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator (chỉ tiêu) of a task with its target and, optionally, its breakdown. */
@Schema(name = "Indicator", description = "A quantitative target of a task")
public record IndicatorDocument(
        @NotBlank @Pattern(regexp = Codes.ITEM, message = Codes.ITEM_MESSAGE) @Schema(examples = "CM") String code,
        @NotBlank @Size(max = 500) @Schema(examples = "Chuyên mục khoa học và công nghệ") String name,
        @Size(max = 100) @Schema(examples = "chuyên mục") String unitOfMeasure,
        @NotNull @PositiveOrZero(message = "must be 0 or more") @Schema(examples = "36") BigDecimal target,
        @Size(max = 50) List<@Valid IndicatorPart> parts) {

    public List<IndicatorPart> partsOrEmpty() {
        return parts == null ? List.of() : parts;
    }
}
