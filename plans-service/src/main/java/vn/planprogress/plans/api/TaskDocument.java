package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A task (nhiệm vụ, hình thức tuyên truyền) of a plan. */
@Schema(name = "Task", description = "A task with its lead and coordinating units, time frame and indicators")
public record TaskDocument(
        @NotBlank @Pattern(regexp = Codes.ITEM, message = Codes.ITEM_MESSAGE) @Schema(examples = "III.4") String code,
        @NotBlank @Size(max = 2000)
        @Schema(examples = "Tổ chức tuyên truyền về công tác CCHC 2022 thông qua tổ chức các hoạt động nhân Ngày khoa học và công nghệ Việt Nam 18/5")
        String title,
        @NotEmpty(message = "must name at least one lead unit") @Size(max = 50)
        @Schema(description = "Đơn vị chủ trì: unit codes, at least one", examples = "[\"HCTH\", \"TTUDDV\"]")
        List<@NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE) String> leadUnits,
        @Size(max = 200)
        @Schema(description = "Đơn vị phối hợp named one by one", examples = "[]")
        List<@NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE) String> coordinatingUnits,
        @Size(max = 10)
        @Schema(description = "Đơn vị phối hợp named as a group, such as all units of the department")
        List<@Valid UnitGroup> coordinatingGroups,
        @NotNull @Valid Schedule schedule,
        @Size(max = 50) List<@Valid IndicatorDocument> indicators,
        @Size(max = 50)
        @Schema(description = "Codes of the content sections this task carries out", examples = "[\"II.1\", \"II.2\"]")
        List<@NotBlank String> contentRefs,
        @Schema(readOnly = true, description = "Derived: every coordinating unit, named or through a group")
        List<String> resolvedCoordinatingUnits) {

    public List<String> coordinatingUnitsOrEmpty() {
        return coordinatingUnits == null ? List.of() : coordinatingUnits;
    }

    public List<UnitGroup> coordinatingGroupsOrEmpty() {
        return coordinatingGroups == null ? List.of() : coordinatingGroups;
    }

    public List<IndicatorDocument> indicatorsOrEmpty() {
        return indicators == null ? List.of() : indicators;
    }

    public List<String> contentRefsOrEmpty() {
        return contentRefs == null ? List.of() : contentRefs;
    }
}
