package vn.planprogress.plans.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What importing a plan's own document gave: the draft plan it created, the header as the document
 * writes it, and the findings: everything it could not read, resolve or place, each with where it came
 * from and what the planner should do. Kept, so that {@code GET /api/v1/plans/imports/{id}} answers it again.
 */
@Schema(name = "PlanImport", description = "A plan read from its own document: the draft plan created and the findings")
public record PlanImport(
        @Schema(description = "The import's id; absent on a dry run, which keeps nothing", examples = "5d0c1c9e-3f4b-4a8e-9d51-7a2b6c0e1f23")
        UUID id,
        @Schema(description = "True when nothing was created", examples = "false") boolean dryRun,
        @Schema(description = "The form the document was read in", examples = "DOCX") ImportForm form,
        @Schema(description = "The document's size", examples = "48213") long bytes,
        @Schema(description = "SHA-256 of the document as sent, hex", examples = "9c56cc51b374c3ba189210d5b6d4bf57790d351c96c47c02190ecf1e430635ab")
        String sha256,
        @Schema(description = "The draft plan created; absent on a dry run, and when the draft breaks a plan rule (see findings of kind PLAN_RULE)",
                examples = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10")
        UUID planId,
        @Schema(description = "The header pair and number as the document writes them") Header header,
        @Schema(description = "The draft as read: the plan created, or, when it was not, the body to correct and POST to /api/v1/plans")
        PlanDocument plan,
        @Schema(description = "What could not be read, resolved or placed, in document order") List<Finding> findings,
        @Schema(readOnly = true, examples = "planner@skhcn") String createdBy,
        @Schema(readOnly = true) Instant createdAt) {

    /** The forms a plan's document is read in. */
    public enum ImportForm {
        TEXT,
        DOCX,
        PDF
    }

    /** The header as written (Nghị định 30/2020 layout). */
    @Schema(name = "ImportHeader")
    public record Header(
            @Schema(examples = "UBND TỈNH QUẢNG NGÃI") String parentBody,
            @Schema(examples = "SỞ KHOA HỌC VÀ CÔNG NGHỆ") String issuingBody,
            @Schema(description = "Whether the national motto is there") boolean motto,
            @Schema(examples = "KẾ HOẠCH") String kind,
            @Schema(description = "The number before the symbol; absent while the number is blank", examples = "112") Integer sequence,
            @Schema(examples = "KH-SKHCN") String symbol) {
    }

    /** One thing the import could not read, resolve or place. */
    @Schema(name = "ImportFinding")
    public record Finding(
            @Schema(description = "What it is about: UNKNOWN_UNIT, GROUP_NOT_ALLOWED, TIME_FRAME, HEADER, DOCUMENT_REFERENCE, "
                    + "MADE_UP_CODE, INFERRED_REFERENCE, BREAKDOWN, PERCENT_TARGET, REPORTING, TASK, UNPLACED_TEXT, or PLAN_RULE "
                    + "(the draft breaks a rule of plans, so it was not created)", examples = "UNKNOWN_UNIT") String kind,
            @Schema(description = "The draft's field it concerns", examples = "tasks[3].coordinatingUnits") String field,
            @Schema(description = "Where in the document", examples = "paragraph 57") String source,
            @Schema(description = "The text as written", examples = "Trung tâm Dịch vụ việc làm") String text,
            @Schema(description = "What the planner should do",
                    examples = "coordinating unit 'Trung tâm Dịch vụ việc làm' is not in the unit directory: add it or pick one")
            String message) {
    }
}
