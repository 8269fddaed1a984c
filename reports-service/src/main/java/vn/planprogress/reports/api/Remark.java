package vn.planprogress.reports.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A difficulty (khó khăn, vướng mắc) or a proposal (đề xuất, kiến nghị) from a submission. */
@Schema(description = "A difficulty or proposal stated in a submission")
public record Remark(
        @Schema(examples = "TTUDDV") String unitCode,
        @Schema(examples = "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ") String unitName,
        @Schema(examples = "III.3") String taskCode,
        @Schema(examples = "2022") String period,
        @Schema(examples = "Kinh phí hạn chế") String text) {
}
