package vn.planprogress.common.events;

import java.util.List;

/** Events in outbox order after a cursor, and the cursor to ask after next (the given one when there are none). */
public record OutboxBatch(List<OutboxEntry> items, String next) {
}
