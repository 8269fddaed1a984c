package vn.planprogress.plans.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reference to an official document: a legal basis (căn cứ) or the parent plan a plan implements. */
@Schema(description = "An official document referred to by number, date, issuer and title")
public record DocumentRef(
        @Size(max = 100) @Schema(description = "Kind of document as written", examples = "Công văn") String documentType,
        @NotBlank @Size(max = 100) @Schema(examples = "305/HD-STTTT") String number,
        @Schema(examples = "2022-03-15") LocalDate date,
        @Size(max = 300) @Schema(examples = "Sở Thông tin và Truyền thông") String issuer,
        @Size(max = 2000) @Schema(examples = "hướng dẫn công tác tuyên truyền CCHC năm 2022") String title) {
}
