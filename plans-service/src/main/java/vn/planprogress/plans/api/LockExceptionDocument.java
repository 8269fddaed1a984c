package vn.planprogress.plans.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Mở khóa số liệu: a locked period opened again for one unit until a day, with who and why. */
@Schema(name = "LockException", description = "A locked period opened for one unit through the end of the day until")
public record LockExceptionDocument(
        UUID id,
        UUID planId,
        @Schema(examples = "HCTH") String unitCode,
        @Schema(examples = "2023-Q2") String period,
        @Schema(examples = "2023-07-05") LocalDate until,
        @Schema(examples = "Bổ sung số liệu quý II theo đề nghị của đơn vị") String reason,
        @Schema(examples = "planner@dev") String createdBy,
        Instant createdAt) {
}
