package vn.planprogress.plans.api;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A year's days off (ngày nghỉ lễ, Tết, nghỉ bù) and working Saturdays (ngày làm bù), as GET shows
 * them and PUT replaces them; read-only fields are ignored on input.
 */
@Schema(name = "Holidays", description = "A year's days off and working Saturdays: the list an admin set (SET) or the Labour Code's defaults (DEFAULT)")
public record HolidaysDocument(
        @Schema(readOnly = true, examples = "2023") Integer year,
        @Schema(readOnly = true, examples = "SET") HolidaySource source,
        @Size(max = 1000) @Schema(description = "Where the list comes from; for the defaults, that they are to be checked",
                examples = "Theo Thông báo số 6150/TB-LĐTBXH") String note,
        @Size(max = 100) @Schema(description = "The days off, each with its name") List<HolidayDay> daysOff,
        @Size(max = 20) @Schema(description = "Saturdays that are working days in exchange for a day off") List<HolidayDay> workingSaturdays,
        @Schema(readOnly = true, examples = "admin@dev") String updatedBy,
        @Schema(readOnly = true) Instant updatedAt) {
}
