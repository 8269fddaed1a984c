package vn.planprogress.reports.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Tasks by status. */
@Schema(description = "Tasks by status")
public record StatusCounts(
        @Schema(examples = "6") int total,
        @Schema(examples = "1") int done,
        @Schema(examples = "2") int inProgress,
        @Schema(examples = "1") int notStarted,
        @Schema(examples = "2") int overdue) {

    public static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    public StatusCounts plus(StatusCounts other) {
        return new StatusCounts(total + other.total, done + other.done, inProgress + other.inProgress,
                notStarted + other.notStarted, overdue + other.overdue);
    }
}
