package vn.planprogress.reports.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Chỉ tiêu in a report: target, achieved and percent of target, per part too, counted on the report's periods
 * (on the plan's shortest period type only when the report spans several, so that a quarter, its half and the
 * year are not added together). How achieved is counted follows the indicator's measure and aggregation:
 * <ul>
 * <li>NUMBER, SUM: the sum over lead and coordinating units and periods of each submission's latest value;</li>
 * <li>NUMBER, LATEST (lũy kế): per unit, the value of its latest period counted, summed over units;</li>
 * <li>PERCENT: per unit its latest value, achieved their mean weighted by the plan's weights, never their sum;</li>
 * <li>QUALITATIVE: no number; reported when some unit gave a text.</li>
 * </ul>
 * Percent of target: INCREASE achieved / target × 100; DECREASE (baseline − achieved) / (baseline − target) × 100
 * with a baseline, target / achieved × 100 without; two decimals, half up. Snapshots taken before indicators had
 * a measure state none of measure, direction and aggregation: they were NUMBER, INCREASE, SUM.
 */
@Schema(description = "An indicator's target, achieved value and percent of target, per breakdown part and, for a percent "
        + "or qualitative indicator, per unit")
public record IndicatorResult(
        @Schema(examples = "CM") String code,
        @Schema(examples = "Chuyên mục khoa học và công nghệ") String name,
        @Schema(examples = "chuyên mục") String unitOfMeasure,
        @Schema(description = "NUMBER, PERCENT (0 to 100, never summed across units) or QUALITATIVE (a text result)",
                enumeration = {"NUMBER", "PERCENT", "QUALITATIVE"}, examples = "NUMBER") String measure,
        @Schema(description = "INCREASE (more is better) or DECREASE (less is better: percent of target is computed the other way)",
                enumeration = {"INCREASE", "DECREASE"}, examples = "INCREASE") String direction,
        @Schema(description = "SUM over the periods counted, or LATEST (cumulative: each unit's latest period carries its total)",
                enumeration = {"SUM", "LATEST"}, examples = "SUM") String aggregation,
        @Schema(description = "Giá trị cơ sở; absent when the plan sets none") Baseline baseline,
        @Schema(description = "The period's own target for a one-period report when the plan sets one, else the year's; "
                + "absent for a qualitative indicator", examples = "36") BigDecimal target,
        @Schema(description = "Absent for a qualitative indicator, and for a percent one no unit has reported", examples = "34")
        BigDecimal achieved,
        @Schema(description = "Percent of target by direction, rounded half up to two decimals; absent without a target "
                + "(or, decreasing without a baseline, when achieved is 0)", examples = "94.44") BigDecimal percent,
        @Schema(description = "A qualitative indicator only: whether some unit reported a text result", examples = "true")
        Boolean reported,
        List<PartResult> parts,
        @Schema(description = "A percent or qualitative indicator only: each unit's latest value or text, in the order of "
                + "the task's lead then coordinating units") List<UnitResult> units) {

    /** One part of the breakdown, e.g. the 12 radio columns of 36. */
    @Schema(description = "A part of an indicator's breakdown")
    public record PartResult(
            @Schema(examples = "BAO") String code,
            @Schema(examples = "Chuyên mục trên Báo Quảng Ngãi") String name,
            @Schema(examples = "12") BigDecimal target,
            @Schema(examples = "10") BigDecimal achieved,
            @Schema(examples = "83.33") BigDecimal percent) {
    }

    /** Giá trị cơ sở: where the indicator started. Named apart from the plans service's baseline in the gateway's combined document. */
    @Schema(name = "ReportBaseline", description = "The indicator's baseline: its value, the year it was measured, its source")
    public record Baseline(
            @Schema(examples = "88.5") BigDecimal value,
            @Schema(examples = "2022") Integer year,
            @Schema(examples = "Báo cáo năm 2022") String note) {
    }

    /** A unit's own result on a percent or qualitative indicator. */
    @Schema(name = "IndicatorUnitResult", description = "A unit's latest value (percent) or text (qualitative) on the indicator")
    public record UnitResult(
            @Schema(examples = "HCTH") String unitCode,
            @Schema(examples = "Phòng Hành chính - Tổng hợp") String unitName,
            @Schema(description = "A percent indicator's value, 0 to 100", examples = "92") BigDecimal value,
            @Schema(description = "A qualitative indicator's result", examples = "Đã triển khai tiếp nhận hồ sơ trực tuyến toàn trình")
            String text) {
    }
}
