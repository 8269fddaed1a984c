package vn.planprogress.plans.api;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reporting period of a plan with its window and dates, derived from the reporting rules. */
@Schema(description = "A reporting period: its window (from..to, both included) and its deadlines, entry opening and lock as dates")
public record ReportingPeriod(
        @Schema(examples = "2023-Q2") String period,
        @Schema(examples = "QUARTERLY") PeriodType periodType,
        @Schema(description = "The window's first day", examples = "2023-03-15") LocalDate from,
        @Schema(description = "The window's last day", examples = "2023-06-14") LocalDate to,
        @Schema(description = "Units report by the end of this day (Asia/Ho_Chi_Minh)", examples = "2023-06-16") LocalDate unitDeadline,
        @Schema(description = "The consolidated report is due by the end of this day", examples = "2023-06-21") LocalDate consolidatedDeadline,
        @Schema(description = "The first day entry is accepted; absent when it always is", examples = "2023-06-09") LocalDate entryOpensOn,
        @Schema(description = "The last day entry is accepted; absent when the period never locks", examples = "2023-06-26") LocalDate locksAfter) {
}
