package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reporting regime (chế độ báo cáo): which periods units report on, counted on which windows,
 * by when; when entry opens and locks; who consolidates and whom the report goes to. One schedule
 * may be given in short (periodType, unitDeadline, consolidatedDeadline) or any in {@code schedules}:
 * exactly one of the two forms, and GET returns the form sent.
 */
@Schema(description = "Reporting rules: the period types with their deadlines (the shorthand periodType + unitDeadline + "
        + "consolidatedDeadline, or schedules), the window kind, entry opening and lock, the consolidating unit, the recipient")
public record Reporting(
        @Schema(description = "CALENDAR (default) or CUT_OFF (Nghị định 09/2019 Art. 12)", examples = "CUT_OFF") WindowKind window,
        @Size(max = 5) @Schema(description = "The period types the plan reports on with their deadlines; not with the shorthand")
        List<@Valid ReportingSchedule> schedules,
        @Schema(description = "Shorthand of one schedule: its period type", examples = "ANNUAL") PeriodType periodType,
        @Valid @Schema(description = "Shorthand of one schedule: the units' deadline rule") DeadlineRule unitDeadline,
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "The unit that consolidates the units' reports", examples = "HCTH") String consolidationUnit,
        @Valid @Schema(description = "Shorthand of one schedule: the consolidated deadline rule") DeadlineRule consolidatedDeadline,
        @Valid @Schema(description = "When entry opens; absent: at any time") EntryOpening entryOpens,
        @Schema(description = "A period locks this many days (0 to 60) after its unit deadline: entry is accepted through the end of "
                + "that day and refused from the next midnight; absent: never locks", examples = "10") Integer lockAfterDays,
        @Valid ReportRecipient reportTo,
        @Schema(readOnly = true, description = "Derived: every period with its window and dates") List<ReportingPeriod> periods) {

    /** The schedules the plan gives, whichever form it uses; empty when it gives neither. */
    public List<ReportingSchedule> schedulesGiven() {
        if (schedules != null) {
            return schedules;
        }
        if (periodType == null && unitDeadline == null && consolidatedDeadline == null) {
            return List.of();
        }
        return List.of(new ReportingSchedule(periodType, unitDeadline, consolidatedDeadline));
    }

    /** Whether the rules use the one-schedule shorthand rather than {@code schedules}. */
    public boolean shorthand() {
        return schedules == null;
    }

    public WindowKind windowOrDefault() {
        return window == null ? WindowKind.CALENDAR : window;
    }

    /** The period types, in schedule order. */
    public List<PeriodType> periodTypes() {
        return schedulesGiven().stream().map(ReportingSchedule::periodType).toList();
    }

    /** The same rules without the derived periods, as stored. */
    public Reporting asGiven() {
        return withPeriods(null);
    }

    public Reporting withPeriods(List<ReportingPeriod> newPeriods) {
        return new Reporting(window, schedules, periodType, unitDeadline, consolidationUnit, consolidatedDeadline, entryOpens,
                lockAfterDays, reportTo, newPeriods);
    }
}
