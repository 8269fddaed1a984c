package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom the consolidated report goes to, and through whom (the channel). */
@Schema(description = "The recipient of the consolidated report and the unit it goes through")
public record ReportRecipient(
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "Unit code of the recipient", examples = "UBND") String unit,
        @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "Unit code of the unit it goes through (qua ...)", examples = "STTTT") String via,
        @Size(max = 500) @Schema(description = "The channel as the document writes it", examples = "báo cáo UBND tỉnh (qua Sở Thông tin và Truyền thông)")
        String note) {
}
