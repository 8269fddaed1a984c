package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit (đơn vị) as the API reads and writes it. */
@Schema(name = "Unit", description = "A unit: the province, a department, a division, a centre, or an external body")
public record UnitDocument(
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(examples = "HCTH") String code,
        @NotBlank @Size(max = 300)
        @Schema(examples = "Phòng Hành chính - Tổng hợp") String name,
        @Size(max = 100)
        @Schema(examples = "P.HCTH") String shortName,
        @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "The unit this one belongs to", examples = "SKHCN") String parentCode,
        @NotNull
        @Schema(examples = "DIVISION") UnitKind kind,
        @Schema(description = "Địa chỉ thư điện tử: where reminders and digests are mailed (at most 10); absent or empty for none",
                examples = "[\"vanthu.hcth@skhcn.quangngai.gov.vn\"]")
        List<String> contactEmails,
        @Schema(readOnly = true, description = "Changes with every update; send it back in If-Match", examples = "0")
        Long version) {
}
