package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator (chỉ tiêu) of a task as a results framework: its target and, optionally, its
 * breakdown, what it measures, which way is better, how periods add up, its baseline, targets per
 * period and, for a percentage, the units' weights in its mean. GET spells out the defaults.
 */
@Schema(name = "Indicator", description = "A target of a task: NUMBER (default), PERCENT (0 to 100, never summed across units) or "
        + "QUALITATIVE (a text result, no target)")
public record IndicatorDocument(
        @NotBlank @Pattern(regexp = Codes.ITEM, message = Codes.ITEM_MESSAGE) @Schema(examples = "CM") String code,
        @NotBlank @Size(max = 500) @Schema(examples = "Chuyên mục khoa học và công nghệ") String name,
        @Size(max = 100) @Schema(examples = "chuyên mục") String unitOfMeasure,
        @PositiveOrZero(message = "must be 0 or more")
        @Schema(description = "Required for NUMBER and PERCENT (0 to 100); absent for QUALITATIVE", examples = "36") BigDecimal target,
        @Size(max = 50) @Schema(description = "A breakdown whose targets add up to the target; NUMBER only") List<@Valid IndicatorPart> parts,
        @Schema(description = "NUMBER (default), PERCENT or QUALITATIVE", examples = "NUMBER") Measure measure,
        @Schema(description = "INCREASE (default) or DECREASE", examples = "INCREASE") Direction direction,
        @Schema(description = "SUM over periods (default) or LATEST (cumulative)", examples = "SUM") Aggregation aggregation,
        @Valid Baseline baseline,
        @Size(max = 20) @Schema(description = "Targets per period of the plan, by period code", examples = "{\"2023-Q1\": 90, \"2023-Q2\": 92}")
        Map<String, @PositiveOrZero(message = "must be 0 or more") BigDecimal> periodTargets,
        @Size(max = 200) @Schema(description = "PERCENT only: a unit's weight in the mean of the units' values (units without one weigh 1)",
                examples = "{\"HCTH\": 2, \"VP\": 1}")
        Map<String, BigDecimal> weights) {

    /** A number indicator with the defaults, as plans wrote them before the results framework. */
    public static IndicatorDocument number(String code, String name, String unitOfMeasure, BigDecimal target, List<IndicatorPart> parts) {
        return new IndicatorDocument(code, name, unitOfMeasure, target, parts, null, null, null, null, null, null);
    }

    public List<IndicatorPart> partsOrEmpty() {
        return parts == null ? List.of() : parts;
    }

    public Measure measureOrDefault() {
        return measure == null ? Measure.NUMBER : measure;
    }

    public Direction directionOrDefault() {
        return direction == null ? Direction.INCREASE : direction;
    }

    public Aggregation aggregationOrDefault() {
        return aggregation == null ? Aggregation.SUM : aggregation;
    }
}
