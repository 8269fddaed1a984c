package vn.planprogress.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * Hạn báo cáo around midnight in Asia/Ho_Chi_Minh: a deadline date is met by any instant of that day
 * there and missed from the first instant of the next, for any date and any instant either side.
 */
class DeadlinesProperties {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Property
    void anInstantIsPastTheDeadlineExactlyWhenItsDayInVietnamIsLater(@ForAll("dates") LocalDate deadline,
                                                                    @ForAll("instants") Instant at) {
        LocalDate dayInVietnam = at.atZone(VIETNAM).toLocalDate();
        assertEquals(dayInVietnam.isAfter(deadline), Deadlines.isPast(at, deadline, VIETNAM));
    }

    @Property
    void aroundMidnightTheNanosecondDecides(@ForAll("dates") LocalDate deadline,
                                            @ForAll @LongRange(min = -3_600_000_000_000L, max = 3_600_000_000_000L) long nanosFromMidnight) {
        Instant midnight = deadline.plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(VIETNAM).toInstant();
        Instant at = midnight.plusNanos(nanosFromMidnight);
        assertEquals(nanosFromMidnight >= 0, Deadlines.isPast(at, deadline, VIETNAM), at + " against " + deadline);
    }

    @Property
    void theDeadlineEndsAt17UtcOnItsDay(@ForAll("dates") LocalDate deadline) {
        // Vietnam keeps +07:00 all year, without summer time: the day there ends at 17:00 UTC.
        assertEquals(deadline.atTime(17, 0).toInstant(ZoneOffset.UTC), Deadlines.end(deadline, VIETNAM));
    }

    @Property
    void theServersOwnZoneDoesNotMatter(@ForAll("dates") LocalDate deadline, @ForAll("instants") Instant at, @ForAll("zones") String zone) {
        TimeZone before = TimeZone.getDefault();
        boolean inVietnam = Deadlines.isPast(at, deadline, VIETNAM);
        TimeZone.setDefault(TimeZone.getTimeZone(zone));
        try {
            assertEquals(inVietnam, Deadlines.isPast(at, deadline, VIETNAM));
            assertEquals(Deadlines.end(deadline, VIETNAM).minus(Duration.ofDays(1)), Deadlines.end(deadline.minusDays(1), VIETNAM));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1999-12-01T00:00:00Z").getEpochSecond(), Instant.parse("2101-02-01T00:00:00Z").getEpochSecond())
                .flatMap(second -> Arbitraries.integers().between(0, 999_999_999).map(nanos -> Instant.ofEpochSecond(second, nanos)));
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Asia/Ho_Chi_Minh", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin");
    }
}
