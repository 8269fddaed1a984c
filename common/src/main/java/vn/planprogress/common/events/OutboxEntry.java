package vn.planprogress.common.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One event as an outbox hands it out, with the cursor to read on from after it. */
public record OutboxEntry(UUID id, EventType type, Instant occurredAt, UUID planId, List<String> units, JsonNode data,
                          String cursor) {
}
