package vn.planprogress.reports.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place in the event feed as a client holds it: opaque on the wire, {@code "e"} and then
 * {@code feed:<position>} in base64url without padding, so that a client stores and returns it
 * rather than computing with it. {@link #START} is before every event.
 */
public record EventCursor(long position) {

    public static final EventCursor START = new EventCursor(0);
    private static final String PREFIX = "e";
    private static final Pattern TEXT = Pattern.compile("feed:(0|[1-9]\\d{0,17})");

    public EventCursor {
        if (position < 0) {
            throw new IllegalArgumentException("A feed position is never negative: " + position);
        }
    }

    /** The cursor of this wire form, or empty when it is not one that {@link #toString()} gives. */
    public static Optional<EventCursor> decode(String wire) {
        if (wire == null || !wire.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(wire.substring(PREFIX.length())), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        Matcher matcher = TEXT.matcher(text);
        // Only the one spelling we write: the same position padded, or re-encoded otherwise, is not ours.
        if (!matcher.matches() || !wire.equals(encode(Long.parseLong(matcher.group(1))))) {
            return Optional.empty();
        }
        return Optional.of(new EventCursor(Long.parseLong(matcher.group(1))));
    }

    @Override
    public String toString() {
        return encode(position);
    }

    private static String encode(long position) {
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(("feed:" + position).getBytes(StandardCharsets.UTF_8));
    }
}
