package vn.planprogress.progress.api;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Giá trị chỉ tiêu: the value a unit achieved on an indicator, or on one part of an indicator
 * with a breakdown (the indicator's value is then the sum of its parts); for a qualitative indicator,
 * the result in words. Which of the two an indicator takes is its measure's rule, checked against the plan.
 */
// The example of the whole value: one built from its fields' examples would give a number a text too.
@Schema(description = "A value achieved on an indicator, or on one part of an indicator with parts: a number (value) for a "
        + "NUMBER or PERCENT indicator, a text for a QUALITATIVE one", examples = "{\"indicatorCode\": \"CM\", \"partCode\": \"PT\", \"value\": 12}")
public record IndicatorValue(
        @NotBlank @Size(max = Limits.CODE) @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
        @Schema(examples = "CM") String indicatorCode,
        @Size(max = Limits.CODE) @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
        @Schema(description = "The part, for an indicator with a breakdown; absent otherwise", examples = "PT") String partCode,
        @PositiveOrZero(message = "must be 0 or more")
        @Digits(integer = 12, fraction = 4, message = "must have at most 12 digits before the point and 4 after")
        @Schema(description = "Required for a NUMBER or PERCENT indicator (a percent from 0 to 100); absent for a QUALITATIVE one",
                examples = "12") BigDecimal value,
        @Size(max = Limits.TEXT)
        @Schema(description = "The result in words: required for a QUALITATIVE indicator, absent otherwise",
                examples = "Đã công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công của tỉnh") String text) {
}
