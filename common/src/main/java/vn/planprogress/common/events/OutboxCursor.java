package vn.planprogress.common.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A position in an outbox: the writing transaction's id and the row's position, in the order the
 * reader hands rows out. Written {@code <transaction>.<position>}; {@link #START} is before all.
 */
public record OutboxCursor(long transaction, long position) {

    public static final OutboxCursor START = new OutboxCursor(0, 0);
    private static final Pattern WRITTEN = Pattern.compile("(\\d{1,19})\\.(\\d{1,19})");

    /** The cursor written as {@link #toString()} gives it; throws IllegalArgumentException for anything else. */
    public static OutboxCursor parse(String text) {
        Matcher matcher = WRITTEN.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("must be <transaction>.<position> as an outbox gave it, e.g. 0.0");
        }
        try {
            return new OutboxCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("is beyond any outbox position");
        }
    }

    @Override
    public String toString() {
        return transaction + "." + position;
    }
}
