package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reporting chain (chế độ báo cáo): who reports what to whom, by when. */
@Schema(description = "Reporting rules: period type, unit deadlines, the consolidating unit and its deadline, the recipient")
public record Reporting(
        @NotNull @Schema(examples = "ANNUAL") PeriodType periodType,
        @NotNull @Valid DeadlineRule unitDeadline,
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "The unit that consolidates the units' reports", examples = "HCTH") String consolidationUnit,
        @NotNull @Valid DeadlineRule consolidatedDeadline,
        @Valid ReportRecipient reportTo,
        @Schema(readOnly = true, description = "Derived: the periods with their deadlines") List<ReportingPeriod> periods) {
}
