package vn.planprogress.plans.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A deadline for each reporting period: either a date per period, as the seed plan gives
 * ({@code {"2022": "2022-11-10"}}), or a number of days after each period ends. A deadline date
 * means the end of that day in Asia/Ho_Chi_Minh.
 */
@Schema(description = "Either dates (a date per period) or daysAfterPeriodEnd; a deadline is the end of that day in Asia/Ho_Chi_Minh")
public record DeadlineRule(
        @Schema(description = "A deadline date per period of the plan", examples = "{\"2022\": \"2022-11-10\"}")
        Map<String, LocalDate> dates,
        @Min(value = -366, message = "must be between -366 and 366")
        @Max(value = 366, message = "must be between -366 and 366")
        @Schema(description = "Days after each period's last day", examples = "10")
        Integer daysAfterPeriodEnd) {
}
