package vn.planprogress.plans.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day of a year's list: a day off with its name, or a Saturday worked in exchange (ngày làm bù) with why. */
@Schema(description = "A date with its name as the announcement gives it")
public record HolidayDay(
        @Schema(examples = "2023-01-20") LocalDate date,
        @Schema(examples = "Tết Nguyên đán") String name) {
}
