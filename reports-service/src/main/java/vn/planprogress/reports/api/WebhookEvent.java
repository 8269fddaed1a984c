package vn.planprogress.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.planprogress.common.events.EventType;

/** What a webhook receives: one event of the feed, as {@code GET /api/v1/events} lists it. */
@Schema(name = "WebhookEvent", description = "The body of a webhook POST: one event of the feed, as GET /api/v1/events lists it")
public record WebhookEvent(
        @Schema(description = "The event's id, the same in every retry: de-duplicate by it") UUID id,
        @Schema(description = "Its place in the feed: GET /api/v1/events?after=<cursor> reads on from it", examples = "eZmVlZDo0Mg")
        String cursor,
        EventType type,
        Instant occurredAt,
        @Schema(description = "The service that wrote it: plans, progress or reports", examples = "progress") String source,
        UUID planId,
        @Schema(description = "The codes of the units it concerns", examples = "[\"HCTH\"]") List<String> units,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "What the event says; its fields depend on the type")
        JsonNode data) {

    /** The feed's cursor of a position: {@code e} and the base64url (unpadded) of {@code feed:<position>}. */
    public static String cursorOf(long position) {
        return "e" + Base64.getUrlEncoder().withoutPadding().encodeToString(("feed:" + position).getBytes(StandardCharsets.UTF_8));
    }
}
