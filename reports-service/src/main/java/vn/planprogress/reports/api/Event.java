package vn.planprogress.reports.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.planprogress.common.events.EventType;

/** A domain event of the platform, as the feed and webhook deliveries state it. */
@Schema(description = "A domain event: what happened, when, to which plan and units, and what it says")
public record Event(
        @Schema(description = "The event's id: the same in the feed and in every webhook delivery of it, to drop repeats by")
        UUID id,
        @Schema(description = "Where the feed stands after this event: pass it as after to read on from here", examples = "eZmVlZDo0Mg")
        String cursor,
        @Schema(description = "What happened", examples = "plan.issued")
        EventType type,
        @Schema(description = "When the change it tells was made")
        Instant occurredAt,
        @Schema(description = "The service that made the change", enumeration = {"plans", "progress", "reports"}, examples = "plans")
        String source,
        @Schema(description = "The plan it concerns, if any")
        UUID planId,
        @Schema(description = "The codes of the units it concerns (a reporter sees the events that name its unit)", examples = "[\"HCTH\"]")
        List<String> units,
        @Schema(type = SchemaType.OBJECT, implementation = Object.class, description = "What the event says; its fields depend on its type")
        JsonNode data) {
}
