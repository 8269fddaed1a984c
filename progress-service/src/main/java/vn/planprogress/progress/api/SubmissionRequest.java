package vn.planprogress.progress.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a unit sends: with POST a new submission, with PUT a correction (which may leave out the
 * plan, task, unit and period it already has, and may say why in {@code correctionReason}).
 */
@Schema(description = "A unit's progress on a task for a reporting period (POST), or a correction of it (PUT)")
public record SubmissionRequest(
        @NotNull(groups = Creating.class) @Schema(examples = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10") UUID planId,
        @NotBlank(groups = Creating.class) @Size(max = Limits.CODE) @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
        @Schema(examples = "III.3") String taskCode,
        @NotBlank(groups = Creating.class) @Size(max = Limits.CODE) @Pattern(regexp = Limits.CODE_PATTERN, message = Limits.CODE_MESSAGE)
        @Schema(examples = "TTUDDV") String unitCode,
        @NotBlank(groups = Creating.class) @Size(max = Limits.CODE)
        @Schema(description = "One of the plan's reporting periods, of any type it reports on: a year (2023), a month (2023-05), "
                + "a quarter (2023-Q2), a half (2023-H1) or nine months (2023-9M)", examples = "2022") String period,
        @NotNull @Schema(examples = "IN_PROGRESS") ProgressStatus status,
        @Size(max = Limits.VALUES) List<@NotNull @Valid IndicatorValue> values,
        @Size(max = Limits.SUMMARY) @Schema(description = "Kết quả thực hiện", examples = "Đã xuất bản 05 bản tin") String summary,
        @Size(max = Limits.TEXT) @Schema(description = "Khó khăn, vướng mắc", examples = "Kinh phí hạn chế") String difficulties,
        @Size(max = Limits.TEXT) @Schema(description = "Đề xuất, kiến nghị", examples = "Đề nghị bổ sung kinh phí") String proposals,
        @Size(max = Limits.EVIDENCE) List<@NotNull @Valid Evidence> evidence,
        @Schema(description = "true saves a draft: seen only by the unit, not counted, not timed", examples = "false") Boolean draft,
        @Null(groups = Creating.class, message = "only a correction (PUT) carries a reason")
        @Size(max = Limits.REASON)
        @Schema(description = "Why the correction is made; required after the unit deadline", examples = "Bổ sung số liệu chuyên mục truyền hình")
        String correctionReason) {

    /** The rules of a new submission on top of those of a correction: the key is required, a reason is not taken. */
    public interface Creating extends Default {
    }

    public List<IndicatorValue> valuesOrEmpty() {
        return values == null ? List.of() : values;
    }

    public List<Evidence> evidenceOrEmpty() {
        return evidence == null ? List.of() : evidence;
    }

    public boolean isDraft() {
        return Boolean.TRUE.equals(draft);
    }
}
