package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.security.Roles;
import vn.planprogress.reports.api.EventPage;
import vn.planprogress.reports.domain.EventCursor;
import vn.planprogress.reports.domain.FeedEvent;
import vn.planprogress.reports.mapping.EventMapper;
import vn.planprogress.reports.repository.EventFeedRepository;

/**
 * Reading the event feed: pages in feed order after a cursor the feed gave, of the types asked for;
 * a reporter reads the events that name its unit. The page's {@code next} is its last event's
 * cursor, or the cursor asked after when there is none, so that a client always stores it.
 */
@ApplicationScoped
public class EventFeed {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final EventFeedRepository feed;
    private final Caller caller;

    @Inject
    public EventFeed(EventFeedRepository feed, Caller caller) {
        this.feed = feed;
        this.caller = caller;
    }

    public EventPage page(String after, List<String> types, Integer limit) {
        List<FieldViolation> errors = new ArrayList<>();
        EventCursor from = checked(() -> cursor(after), EventCursor.START, errors);
        Set<EventType> wanted = checked(() -> types(types), Set.of(), errors);
        int size = checked(() -> limit(limit), DEFAULT_LIMIT, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        if (from.position() > feed.lastPosition()) {
            throw ProblemException.invalid("after", "is beyond the end of the feed: it is not a cursor this feed gave");
        }
        List<FeedEvent> events = feed.after(from.position(), wanted, unitScope(), size);
        String next = events.isEmpty() ? from.toString() : new EventCursor(events.get(events.size() - 1).position()).toString();
        return new EventPage(events.stream().map(EventMapper::toEvent).toList(), next);
    }

    /** What the rule gives, or the fallback with the rule's violations added to {@code errors}: every bad parameter is named at once. */
    private static <T> T checked(Supplier<T> rule, T fallback, List<FieldViolation> errors) {
        try {
            return rule.get();
        } catch (ProblemException e) {
            errors.addAll(e.errors());
            return fallback;
        }
    }

    /** The unit whose events a reporter reads; null for every other caller, who reads them all. */
    private String unitScope() {
        if (!caller.has(Roles.REPORTER)) {
            return null;
        }
        return caller.unit().filter(unit -> !unit.isBlank()).orElseThrow(() -> ProblemException.forbidden(
                "A reporter reads the events of its unit, and this token names no unit (its unit claim is missing)"));
    }

    /** The position after which to read: the start when {@code after} is absent; 400 naming after when the feed did not give it. */
    static EventCursor cursor(String after) {
        if (after == null || after.isBlank()) {
            return EventCursor.START;
        }
        return EventCursor.decode(after.trim()).orElseThrow(() -> ProblemException.invalid("after",
                "'" + after + "' is not a cursor of this feed: pass an event's cursor or a page's next as it was given"));
    }

    /** The event types asked for (every type when none); 400 naming type, and the types there are, for another. */
    static Set<EventType> types(List<String> names) {
        Set<EventType> types = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            types.add(EventType.named(name.trim()).orElseThrow(() -> ProblemException.invalid("type",
                    "'" + name + "' is not an event type; the types are " + EventType.NAMES)));
        }
        return types;
    }

    /** How many events at most: {@link #DEFAULT_LIMIT} when absent; 400 naming limit outside 1 to {@link #MAX_LIMIT}. */
    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        return limit;
    }
}
