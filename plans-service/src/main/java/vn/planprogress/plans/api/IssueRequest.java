package vn.planprogress.plans.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Optional details of issuing a plan; without them the next number of the unit's register is taken. */
@Schema(description = "Optional: the number from the department's register and the date of issue")
public record IssueRequest(
        @Min(value = 1, message = "must be between 1 and 99999") @Max(value = 99999, message = "must be between 1 and 99999")
        @Schema(description = "The sequence number; the next free one when absent", examples = "45") Integer sequence,
        @Schema(description = "The date of issue; the plan's date, else today, when absent", examples = "2022-03-15") LocalDate issuedOn) {
}
