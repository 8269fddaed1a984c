package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/** A deadline date ends at midnight in Asia/Ho_Chi_Minh, whatever the server's own zone. */
class BusinessTimeProperties {

    private static final BusinessTime VIETNAM = BusinessTime.inDefaultZone();

    @Property
    void theEndOfADayIsTheSameInstantWhateverTheJvmZone(@ForAll("dates") LocalDate deadline, @ForAll("instants") Instant at,
                                                      @ForAll("zones") String serverZone) {
        Instant end = VIETNAM.endOf(deadline);
        boolean onTime = VIETNAM.isOnTime(at, deadline);
        LocalDate day = VIETNAM.dateOf(at);
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(serverZone)));
        try {
            assertEquals(end, VIETNAM.endOf(deadline));
            assertEquals(onTime, VIETNAM.isOnTime(at, deadline));
            assertEquals(day, VIETNAM.dateOf(at));
            // Vietnam keeps +07:00 all year, so its day ends at 17:00 UTC.
            assertEquals(deadline.atTime(17, 0).toInstant(ZoneOffset.UTC), VIETNAM.endOf(deadline));
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Property
    void anInstantIsOnTimeExactlyWhenItsDateThereIsNotLater(@ForAll("dates") LocalDate deadline, @ForAll("instants") Instant at) {
        assertEquals(!VIETNAM.dateOf(at).isAfter(deadline), VIETNAM.isOnTime(at, deadline), at + " against " + deadline);
    }

    @Property
    void aroundMidnightTheNanosecondDecides(@ForAll("dates") LocalDate deadline,
                                            @ForAll @LongRange(min = -3_600_000_000_000L, max = 3_600_000_000_000L) long nanosFromMidnight) {
        Instant at = VIETNAM.startOf(deadline.plusDays(1)).plusNanos(nanosFromMidnight);
        assertEquals(nanosFromMidnight < 0, VIETNAM.isOnTime(at, deadline), at + " against " + deadline);
        assertEquals(nanosFromMidnight < 0 ? deadline : deadline.plusDays(1), VIETNAM.dateOf(at));
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
        return Arbitraries.of(ZoneId.getAvailableZoneIds());
    }
}
