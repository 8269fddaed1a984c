package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.planprogress.common.events.EventType;

/** One event delivered (or to be) to one subscription, with every attempt. */
@Schema(description = "One event for one subscription: its state and every attempt")
public record WebhookDelivery(
        @Schema(description = "Also the X-Delivery-Id header of its POSTs") UUID id,
        @Schema(description = "The event's id: also the X-Event-Id and Idempotency-Key headers") UUID eventId,
        EventType eventType,
        DeliveryStatus status,
        @Schema(description = "Oldest first") List<WebhookAttempt> attempts,
        @Schema(description = "When it is posted next, while PENDING") Instant nextAttemptAt,
        @Schema(description = "When the receiver answered 2xx") Instant deliveredAt) {
}
