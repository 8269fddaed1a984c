package vn.planprogress.reports.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Mở khóa số liệu: a planner's exception to a period's lock for one unit, as the plans service lists it
 * ({@code GET /api/v1/plans/{planId}/lock-exceptions}): entry is accepted until the end of day {@code until}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockException(UUID id, UUID planId, String unitCode, String period, LocalDate until, String reason,
                            String createdBy, Instant createdAt) {
}
