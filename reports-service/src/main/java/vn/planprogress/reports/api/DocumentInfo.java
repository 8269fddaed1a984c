package vn.planprogress.reports.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the official document (Nghị định 30/2020/NĐ-CP) needs beyond the figures: the issuing body
 * and the body above it, the place, the recipients (nơi nhận) and the signer (người ký).
 */
@Schema(description = "Header, recipients and signer of the official report document")
public record DocumentInfo(
        @Schema(description = "Cơ quan ban hành") UnitRef issuer,
        @Schema(description = "Cơ quan chủ quản: the body above the issuer", examples = "Ủy ban nhân dân tỉnh Quảng Ngãi") String parentBody,
        @Schema(examples = "Quảng Ngãi") String place,
        @Schema(description = "The unit that consolidates the report") UnitRef consolidationUnit,
        @Schema(examples = "[\"UBND tỉnh (b/cáo)\", \"Sở Thông tin và Truyền thông\", \"Lưu: VT, HCTH\"]") List<String> recipients,
        @Schema(examples = "GIÁM ĐỐC") String signerTitle,
        @Schema(examples = "Nguyễn Văn Thành") String signerName) {
}
