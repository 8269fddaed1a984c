package vn.planprogress.reports.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Hạn báo cáo: a deadline date means the end of that day in the business time zone. */
public final class Deadlines {

    private Deadlines() {
    }

    /** The first instant that is past the deadline: midnight at the start of the next day. */
    public static Instant end(LocalDate deadline, ZoneId zone) {
        return deadline.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Whether something done at {@code at} was done by the deadline (not after the end of its day). */
    public static boolean isMet(Instant at, LocalDate deadline, ZoneId zone) {
        return deadline == null || at.isBefore(end(deadline, zone));
    }
}
