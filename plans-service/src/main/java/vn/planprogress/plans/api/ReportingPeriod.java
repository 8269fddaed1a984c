package vn.planprogress.plans.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting period of a plan with its dates and deadlines, derived from the reporting rules. */
@Schema(description = "A reporting period with its first and last day and its deadlines")
public record ReportingPeriod(
        @Schema(examples = "2022") String period,
        @Schema(examples = "2022-01-01") LocalDate from,
        @Schema(examples = "2022-12-31") LocalDate to,
        @Schema(description = "Units report by the end of this day (Asia/Ho_Chi_Minh)", examples = "2022-11-10") LocalDate unitDeadline,
        @Schema(description = "The consolidated report is due by the end of this day", examples = "2022-11-15") LocalDate consolidatedDeadline) {
}
