package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group of coordinating units named as the document names it, such as "Các phòng, đơn vị
 * thuộc Sở": every unit directly under {@code parentUnit}, except the task's lead units.
 */
@Schema(description = "All units directly under parentUnit (the task's lead units excepted), with the words the document uses")
public record UnitGroup(
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(examples = "SKHCN") String parentUnit,
        @Size(max = 300) @Schema(examples = "Các phòng, đơn vị thuộc Sở") String label) {
}
