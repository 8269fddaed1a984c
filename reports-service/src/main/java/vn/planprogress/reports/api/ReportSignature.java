package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Chữ ký số: a signature of a snapshot's PDF, by a leader with the organisation's key. */
@Schema(description = "A signature of a snapshot's PDF (PAdES B-B): who signed, when, and the signed PDF's SHA-256")
public record ReportSignature(
        UUID snapshotId,
        @Schema(description = "1 for the first signature; each later one is an incremental update of the PDF before it", examples = "1")
        int sequence,
        @Schema(description = "The signer's token subject; one signature per signer", examples = "leader@dev") String signer,
        @Schema(description = "The name in the signature (the token's name claim, else its subject)", examples = "Nguyễn Văn Thành")
        String signerName,
        @Schema(examples = "Ký số báo cáo") String reason,
        Instant signedAt,
        @Schema(description = "The subject of the organisation's certificate", examples = "CN=Sở Khoa học và Công nghệ,O=UBND tỉnh Quảng Ngãi,C=VN")
        String certificateSubject,
        @Schema(description = "SHA-256 of the signed PDF as it stood after this signature (hex), its ETag",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
        String sha256) {
}
