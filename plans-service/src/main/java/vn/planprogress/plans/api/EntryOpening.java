package vn.planprogress.plans.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When units may start entering a period's report: at the window's first day, or N days before its last. */
@Schema(description = "Exactly one of atWindowStart (true) or daysBeforeWindowEnd (0 to 60); absent: entry is open at any time")
public record EntryOpening(
        @Schema(description = "Entry opens on the window's first day", examples = "true") Boolean atWindowStart,
        @Schema(description = "Entry opens N days before the window's last day", examples = "5") Integer daysBeforeWindowEnd) {
}
