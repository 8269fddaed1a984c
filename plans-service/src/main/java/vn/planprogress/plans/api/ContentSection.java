package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A numbered item of the plan's content (nội dung) or implementation section, with nested items.
 * Codes are kept as written: the seed plan numbers its items 1, 2, 3, 5.
 */
@Schema(description = "A content item with nested items; code as written in the document, absent for bullets")
public record ContentSection(
        @Pattern(regexp = Codes.ITEM, message = Codes.ITEM_MESSAGE) @Schema(examples = "II.5") String code,
        @Size(max = 5000) @Schema(examples = "Tuyên truyền các nội dung về công tác CCHC sau") String title,
        @Size(max = 20000) String body,
        @Size(max = 200) List<@Valid ContentSection> children) {

    public List<ContentSection> childrenOrEmpty() {
        return children == null ? List.of() : children;
    }
}
