package vn.planprogress.progress.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The department's decision on the submitted revision; a return says what to fix. */
@Schema(description = "Accept the submission, or return it to the unit with a comment")
public record ReviewRequest(
        @NotNull @Schema(examples = "RETURN") ReviewDecision decision,
        @Size(max = Limits.REASON) @Schema(description = "Required when returning", examples = "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi")
        String comment) {
}
