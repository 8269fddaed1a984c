package vn.planprogress.progress.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What units still owe for a period: tasks they lead, due in the period, with nothing submitted. */
@Schema(description = "Tasks that lead units have not yet reported on for a period")
public record Outstanding(
        UUID planId,
        @Schema(examples = "2022") String period,
        @Schema(examples = "2022-11-10") LocalDate unitDeadline,
        @Schema(description = "The end of the unit deadline day has passed") boolean overdue,
        List<Item> items) {

    @Schema(name = "OutstandingItem", description = "A task a lead unit has not reported on")
    public record Item(
            @Schema(examples = "TTUDDV") String unitCode,
            @Schema(examples = "III.3") String taskCode,
            String taskTitle,
            @Schema(examples = "Thường xuyên trong năm") String scheduleLabel,
            @Schema(description = "A draft the unit has saved but not submitted") UUID draftId) {
    }
}
