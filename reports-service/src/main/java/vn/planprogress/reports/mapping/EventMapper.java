package vn.planprogress.reports.mapping;

import vn.planprogress.reports.api.Event;
import vn.planprogress.reports.domain.EventCursor;
import vn.planprogress.reports.domain.FeedEvent;

/** Feed events between the table and the API, in one place. */
public final class EventMapper {

    private EventMapper() {
    }

    public static Event toEvent(FeedEvent event) {
        return new Event(event.id(), new EventCursor(event.position()).toString(), event.type(), event.occurredAt(),
                event.source().wireName, event.planId(), event.units(), event.data());
    }
}
