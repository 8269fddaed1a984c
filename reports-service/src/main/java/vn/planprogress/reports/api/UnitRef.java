package vn.planprogress.reports.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit by code and name. */
@Schema(description = "A unit by code and name")
public record UnitRef(
        @Schema(examples = "TTUDDV") String code,
        @Schema(examples = "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ") String name) {
}
