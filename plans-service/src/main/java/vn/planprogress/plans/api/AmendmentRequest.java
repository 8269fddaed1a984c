package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amendment (điều chỉnh, bổ sung) of an issued plan: the whole new content and why. */
@Schema(description = "The whole amended plan and the reason; the previous version is kept")
public record AmendmentRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "Bổ sung nhiệm vụ theo Công văn số 120/STTTT") String reason,
        @NotNull @Valid PlanDocument plan) {
}
