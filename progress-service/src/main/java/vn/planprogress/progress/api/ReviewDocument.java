package vn.planprogress.progress.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One decision of the review history (lịch sử xem xét). */
@Schema(name = "Review", description = "A decision on one revision of a submission")
public record ReviewDocument(
        @Schema(description = "The revision decided on", examples = "2") int revision,
        ReviewDecision decision,
        String comment,
        @Schema(description = "The state it put the submission in") ReviewState state,
        @Schema(examples = "planner@dev") String reviewedBy,
        Instant reviewedAt) {
}
