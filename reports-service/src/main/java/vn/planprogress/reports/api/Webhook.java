package vn.planprogress.reports.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.planprogress.common.events.EventType;

/** A webhook subscription as the API answers it: never its secret, only that one is set. */
@Schema(name = "Webhook", description = "A subscription of a system outside the platform to the feed's events: each event of its types is "
        + "posted to its URL, signed with its secret")
public record Webhook(
        @Schema(examples = "4e7d2c1a-8b3f-4a6e-9c5d-1f2e3a4b5c6d") UUID id,
        @Schema(description = "Where the events are posted", examples = "https://vpdt.quangngai.gov.vn/hooks/planprogress") String url,
        @Schema(description = "The event types posted to it", examples = "[\"submission.created\", \"report.ready\"]")
        List<EventType> eventTypes,
        @Schema(description = "A secret is set (the secret itself is never answered)", examples = "true") boolean secretSet,
        @Schema(description = "What the receiving system is, for the admins",
                examples = "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi") String description,
        WebhookStatus status,
        @Schema(description = "Why it was paused, while PAUSED") String pausedReason,
        Instant createdAt,
        @Schema(examples = "admin@dev") String createdBy,
        Instant updatedAt,
        @Schema(description = "Changes with every update, by an admin or when a delivery gives up and pauses it; send it back in "
                + "If-Match", examples = "0") long version) {
}
