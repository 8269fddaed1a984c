package vn.planprogress.reports.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Chỉ tiêu: target, achieved (the sum over lead and coordinating units and periods of each
 * submission's latest value) and percent (achieved / target × 100, two decimals), per part too.
 */
@Schema(description = "An indicator's target, achieved value and percent, per breakdown part too")
public record IndicatorResult(
        @Schema(examples = "CM") String code,
        @Schema(examples = "Chuyên mục khoa học và công nghệ") String name,
        @Schema(examples = "chuyên mục") String unitOfMeasure,
        @Schema(examples = "36") BigDecimal target,
        @Schema(examples = "34") BigDecimal achieved,
        @Schema(description = "achieved / target × 100, rounded half up to two decimals; absent without a target",
                examples = "94.44") BigDecimal percent,
        List<PartResult> parts) {

    /** One part of the breakdown, e.g. the 12 radio columns of 36. */
    @Schema(description = "A part of an indicator's breakdown")
    public record PartResult(
            @Schema(examples = "BAO") String code,
            @Schema(examples = "Chuyên mục trên Báo Quảng Ngãi") String name,
            @Schema(examples = "12") BigDecimal target,
            @Schema(examples = "10") BigDecimal achieved,
            @Schema(examples = "83.33") BigDecimal percent) {
    }
}
