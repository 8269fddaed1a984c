package vn.planprogress.reports.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Nhắc hạn báo cáo: the data of a {@code reminder.due} event (and, before events, the body the reminders
 * webhook was posted): the units that still owe submissions for a period of a plan, so many days before
 * its unit deadline.
 */
@Schema(description = "The data of a reminder.due event")
public record Reminder(
        @Schema(examples = "planprogress.reminder") String type,
        @Schema(description = "The reminder's id, once per plan, period and days before") UUID deliveryId,
        UUID planId,
        @Schema(examples = "1/KH-SKHCN") String planNumber,
        String planTitle,
        @Schema(examples = "2022") String period,
        @Schema(examples = "2022-11-10") LocalDate unitDeadline,
        @Schema(examples = "3") int daysBefore,
        @Schema(description = "What is owed is as of this instant") Instant asOf,
        @Schema(description = "The units that still owe submissions, and what") List<Completeness.UnitSubmissions> units) {

    public static final String TYPE = "planprogress.reminder";
}
