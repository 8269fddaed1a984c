package vn.planprogress.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Dates as the business reads them, in one time zone that the services configure
 * ({@link #DEFAULT_ZONE} unless they say otherwise), whatever the server's own zone. A deadline
 * date means the end of that day there: the first instant past it is midnight at the start of the
 * next day.
 */
public record BusinessTime(ZoneId zone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public BusinessTime {
        Objects.requireNonNull(zone, "zone");
    }

    /** Business time in {@link #DEFAULT_ZONE}. */
    public static BusinessTime inDefaultZone() {
        return new BusinessTime(DEFAULT_ZONE);
    }

    /** The first instant of {@code date} in the zone. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The first instant past {@code date} in the zone: the start of the next day there. */
    public Instant endOf(LocalDate date) {
        return startOf(date.plusDays(1));
    }

    /** Whether something done at {@code at} met {@code deadline}: before the end of that day. */
    public boolean isOnTime(Instant at, LocalDate deadline) {
        return at.isBefore(endOf(deadline));
    }

    /** The date {@code at} falls on in the zone. */
    public LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }
}
