package vn.planprogress.plans.api;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who signs the plan (người ký): the title line of the signer block and the name. */
@Schema(description = "The signer block")
public record Signer(
        @Size(max = 200) @Schema(examples = "GIÁM ĐỐC") String title,
        @Size(max = 200) @Schema(examples = "Nguyễn Văn Thành") String name) {
}
