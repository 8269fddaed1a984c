package vn.planprogress.reports.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The feed's cursor on the wire: "e" and base64url (no padding) of feed:<position>, and nothing else read as one. */
class EventCursorTests {

    @Test
    void aCursorIsTheBase64urlOfItsPositionAfterAnE() {
        assertEquals("eZmVlZDo0Mg", new EventCursor(42).toString());
        assertEquals("eZmVlZDow", EventCursor.START.toString());
        assertEquals(Optional.of(new EventCursor(42)), EventCursor.decode("eZmVlZDo0Mg"));
        long large = 999_999_999_999_999_999L;
        assertEquals(Optional.of(new EventCursor(large)), EventCursor.decode(new EventCursor(large).toString()));
    }

    @Test
    void whatTheFeedDidNotGiveIsNoCursor() {
        assertEquals(Optional.empty(), EventCursor.decode(null));
        assertEquals(Optional.empty(), EventCursor.decode(""));
        assertEquals(Optional.empty(), EventCursor.decode("not a cursor!"));
        assertEquals(Optional.empty(), EventCursor.decode("e***"), "not base64url");
        assertEquals(Optional.empty(), EventCursor.decode("ZmVlZDo0Mg"), "no e before it");
        assertEquals(Optional.empty(), EventCursor.decode("x" + base64("feed:42")), "another prefix");
        assertEquals(Optional.empty(), EventCursor.decode("e" + base64("plans:42")), "another text");
        assertEquals(Optional.empty(), EventCursor.decode("e" + base64("feed:-1")));
        assertEquals(Optional.empty(), EventCursor.decode("e" + base64("feed:042")), "a padded position is not how the feed writes it");
        assertEquals(Optional.empty(), EventCursor.decode("e" + base64("feed:42 ")));
        assertEquals(Optional.empty(), EventCursor.decode("e" + base64("feed:99999999999999999999")), "beyond any position");
        assertEquals(Optional.empty(), EventCursor.decode("eZmVlZDo0Mg=="), "padded");
        assertEquals(Optional.empty(), EventCursor.decode("0.0"), "an outbox's cursor is not the feed's");
        assertThrows(IllegalArgumentException.class, () -> new EventCursor(-1));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
