package vn.planprogress.progress.api;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Minh chứng: a link to where the result can be seen, or a reference to an official document
 * (number and date of a letter or report, or the issue of a publication).
 */
@Schema(description = "A link (url), or a document reference (documentNumber, documentDate, title); at least one of url and documentNumber")
public record Evidence(
        @Size(max = Limits.URL) @Schema(description = "An http or https address", examples = "https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022")
        String url,
        @Size(max = Limits.DOCUMENT_NUMBER) @Schema(description = "Số văn bản, or the issue of a publication", examples = "125/BC-TTUDDV")
        String documentNumber,
        @Schema(examples = "2022-11-05") LocalDate documentDate,
        @Size(max = Limits.TITLE) @Schema(examples = "Báo cáo kết quả tuyên truyền CCHC") String title) {
}
