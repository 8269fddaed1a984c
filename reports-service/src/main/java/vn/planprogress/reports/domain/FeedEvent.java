package vn.planprogress.reports.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.events.EventType;

/** One event of the feed ({@code event_feed}) at its position, as relayed from the outbox of its source. */
public record FeedEvent(long position, UUID id, FeedSource source, EventType type, Instant occurredAt, UUID planId,
                        List<String> units, JsonNode data) {
}
