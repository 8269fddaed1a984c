package vn.planprogress.plans.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole plan (kế hoạch) as one JSON document: what POST takes and GET returns. Read-only
 * fields are ignored on input.
 */
@Schema(name = "Plan", description = "A whole plan: POST takes it, GET returns it in the same shape")
public record PlanDocument(
        @Schema(readOnly = true, examples = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10") UUID id,
        @Size(max = 60)
        @Schema(description = "The document symbol while draft (KH-SKHCN); with its sequence once issued (12/KH-SKHCN). "
                + "Defaults to KH-<ownerUnit>", examples = "KH-SKHCN")
        String number,
        @NotBlank @Size(max = 1000)
        @Schema(examples = "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ") String title,
        @NotNull @Min(value = 2000, message = "must be between 2000 and 2100") @Max(value = 2100, message = "must be between 2000 and 2100")
        @Schema(examples = "2022") Integer year,
        @NotBlank @Pattern(regexp = Codes.UNIT, message = Codes.UNIT_MESSAGE)
        @Schema(description = "Code of the unit that issues the plan", examples = "SKHCN") String ownerUnit,
        @Schema(description = "The date of the document (ngày ban hành)", examples = "2022-03-15") LocalDate issuedOn,
        @Size(max = 200) @Schema(examples = "Quảng Ngãi") String place,
        @Valid Signer signer,
        @Valid @Schema(description = "The plan this one implements (Thực hiện Kế hoạch số ...)") DocumentRef parentPlanRef,
        @Size(max = 100) @Schema(description = "Căn cứ: the legal bases") List<@Valid DocumentRef> legalBases,
        @Size(max = 20000) @Schema(description = "The opening paragraph as written") String preamble,
        @Size(max = 100) @Schema(description = "Mục đích, yêu cầu") List<@NotBlank @Size(max = 5000) String> purposes,
        @Size(max = 200) @Schema(description = "Nội dung: numbered items, codes as written") List<@Valid ContentSection> contentSections,
        @NotEmpty(message = "must have at least one task") @Size(max = 2000) List<@Valid TaskDocument> tasks,
        @Size(max = 2000) @Schema(description = "Kinh phí thực hiện", examples = "Sử dụng kinh phí trong dự toán ngân sách nhà nước năm 2022.")
        String budgetSource,
        @Size(max = 200) @Schema(description = "Tổ chức thực hiện: numbered items") List<@Valid ContentSection> implementation,
        @Size(max = 100) @Schema(description = "Nơi nhận, as written") List<@NotBlank @Size(max = 500) String> recipients,
        @NotNull @Valid Reporting reporting,
        @Schema(readOnly = true, examples = "DRAFT") PlanStatus status,
        @Schema(readOnly = true, description = "Number of amendments since issue", examples = "0") Integer amendment,
        @Schema(readOnly = true, description = "Changes with every update; the ETag", examples = "0") Long version,
        @Schema(readOnly = true) Instant createdAt,
        @Schema(readOnly = true) Instant updatedAt) {

    /** The same document with another task list, for the task endpoints that change one task. */
    public PlanDocument withTasks(List<TaskDocument> newTasks) {
        return new PlanDocument(id, number, title, year, ownerUnit, issuedOn, place, signer, parentPlanRef, legalBases,
                preamble, purposes, contentSections, newTasks, budgetSource, implementation, recipients, reporting,
                status, amendment, version, createdAt, updatedAt);
    }

    /** The same document with another number, for amendments, which keep the issued number. */
    public PlanDocument withNumber(String newNumber) {
        return new PlanDocument(id, newNumber, title, year, ownerUnit, issuedOn, place, signer, parentPlanRef, legalBases,
                preamble, purposes, contentSections, tasks, budgetSource, implementation, recipients, reporting,
                status, amendment, version, createdAt, updatedAt);
    }

    public List<DocumentRef> legalBasesOrEmpty() {
        return legalBases == null ? List.of() : legalBases;
    }

    public List<String> purposesOrEmpty() {
        return purposes == null ? List.of() : purposes;
    }

    public List<ContentSection> contentSectionsOrEmpty() {
        return contentSections == null ? List.of() : contentSections;
    }

    public List<ContentSection> implementationOrEmpty() {
        return implementation == null ? List.of() : implementation;
    }

    public List<String> recipientsOrEmpty() {
        return recipients == null ? List.of() : recipients;
    }
}
