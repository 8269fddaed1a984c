package vn.planprogress.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A lock exception as the plans service lists it ({@code GET /api/v1/plans/{planId}/lock-exceptions}):
 * a planner opened a locked period of the plan for one unit, through the end of day {@code until}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockException(UUID id, UUID planId, String unitCode, String period, LocalDate until, String reason,
                            String createdBy, Instant createdAt) {
}
