package vn.planprogress.plans.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One issued version of a plan: the original (amendment 0) or an amendment. */
@Schema(description = "An issued version of a plan")
public record PlanVersionSummary(
        @Schema(examples = "1") int amendment,
        @Schema(examples = "Bổ sung nhiệm vụ theo Công văn số 120/STTTT") String reason,
        String createdBy,
        Instant createdAt) {
}
