package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.reports.domain.EventCursor;

/** How the feed reads its parameters: after, type and limit, each refused with a 400 naming it. */
class EventFeedRulesTests {

    @Test
    void afterAbsentIsTheStartAndAGivenCursorIsItsPosition() {
        assertEquals(EventCursor.START, EventFeed.cursor(null));
        assertEquals(EventCursor.START, EventFeed.cursor(" "));
        assertEquals(new EventCursor(42), EventFeed.cursor("eZmVlZDo0Mg"));
        ProblemException refused = assertThrows(ProblemException.class, () -> EventFeed.cursor("0.0"));
        assertEquals(400, refused.status());
        assertEquals("after", refused.errors().get(0).field());
        assertTrue(refused.errors().get(0).message().contains("'0.0' is not a cursor of this feed"), refused.getMessage());
    }

    @Test
    void typesAreTheWireNamesAndNoneMeansEvery() {
        assertEquals(Set.of(), EventFeed.types(null));
        assertEquals(Set.of(), EventFeed.types(List.of()));
        assertEquals(Set.of(EventType.PLAN_ISSUED, EventType.REPORT_READY), EventFeed.types(List.of("plan.issued", "report.ready", "plan.issued")));
        ProblemException refused = assertThrows(ProblemException.class, () -> EventFeed.types(List.of("plan.issued", "PLAN_ISSUED")));
        assertEquals("type", refused.errors().get(0).field());
        String message = refused.errors().get(0).message();
        assertTrue(message.startsWith("'PLAN_ISSUED' is not an event type"), message);
        assertTrue(Arrays.stream(EventType.values()).allMatch(type -> message.contains(type.wireName())), message);
    }

    @Test
    void limitIsOneToFiveHundredAndAHundredWhenAbsent() {
        assertEquals(100, EventFeed.limit(null));
        assertEquals(1, EventFeed.limit(1));
        assertEquals(500, EventFeed.limit(500));
        for (int wrong : new int[] {0, -1, 501}) {
            ProblemException refused = assertThrows(ProblemException.class, () -> EventFeed.limit(wrong));
            assertEquals("limit", refused.errors().get(0).field());
            assertEquals("must be between 1 and 500, not " + wrong, refused.errors().get(0).message());
        }
    }
}
