package vn.planprogress.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of dates: {@code from} and {@code to} are both in it. */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a date range ends on or after its start: " + from + ".." + to);
        }
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether the two ranges share at least one day. */
    public boolean overlaps(DateRange other) {
        return !other.to.isBefore(from) && !other.from.isAfter(to);
    }

    @Override
    public String toString() {
        return from + ".." + to;
    }
}
