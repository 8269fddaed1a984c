package vn.planprogress.plans.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Hạn báo cáo: how each period's deadline is found, in exactly one of four forms. A deadline date
 * means the end of that day in the business zone (Asia/Ho_Chi_Minh).
 */
@Schema(description = "Exactly one of: dates (a date per period), daysAfterWindow (calendar days after the window's last day), "
        + "workingDaysAfterWindow (working days after it), dayOfMonth (a day of a month of the period); daysAfterPeriodEnd is the "
        + "deprecated name of daysAfterWindow. N is 0 to 60. A deadline is the end of that day in Asia/Ho_Chi_Minh")
public record DeadlineRule(
        @Schema(description = "A deadline date per period of the plan", examples = "{\"2022\": \"2022-11-10\"}")
        Map<String, LocalDate> dates,
        @Schema(deprecated = true, description = "Deprecated: the same as daysAfterWindow", examples = "10")
        Integer daysAfterPeriodEnd,
        @Schema(description = "Calendar days after the window's last day, 0 to 60 (never moved off a day off)", examples = "10")
        Integer daysAfterWindow,
        @Schema(description = "The N-th working day after the window's last day, 0 to 60 (\"02 ngày làm việc kể từ ngày chốt số liệu\")",
                examples = "2")
        Integer workingDaysAfterWindow,
        @Valid @Schema(description = "A day of one of the period's calendar months (the 20th of the quarter's last month)")
        DayOfMonth dayOfMonth) {

    /** A day of a month of the period; the month by its 1-based position among the period's months, absent = its last. */
    @Schema(name = "DeadlineDayOfMonth")
    public record DayOfMonth(
            @Schema(description = "1 to 31; past the end of a shorter month it means its last day", examples = "20") Integer day,
            @Schema(description = "1 to the number of months of the period type (3 for a quarter's last); absent = the period's last month",
                    examples = "3") Integer monthOfPeriod) {
    }

    public static DeadlineRule dates(Map<String, LocalDate> dates) {
        return new DeadlineRule(dates, null, null, null, null);
    }

    public static DeadlineRule daysAfterWindow(int days) {
        return new DeadlineRule(null, null, days, null, null);
    }

    public static DeadlineRule workingDaysAfterWindow(int days) {
        return new DeadlineRule(null, null, null, days, null);
    }

    public static DeadlineRule dayOfMonth(int day, Integer monthOfPeriod) {
        return new DeadlineRule(null, null, null, null, new DayOfMonth(day, monthOfPeriod));
    }

    /** How many of the forms the rule gives: exactly one is usable. */
    @JsonIgnore
    public long formsGiven() {
        return Stream.of(dates, daysAfterPeriodEnd, daysAfterWindow, workingDaysAfterWindow, dayOfMonth).filter(f -> f != null).count();
    }
}
