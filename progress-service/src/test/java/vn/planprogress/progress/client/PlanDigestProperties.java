package vn.planprogress.progress.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TimeZone;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.PlanPeriod;

/**
 * The dates of a digest period become the instants this service compares with in the business zone
 * it is configured with, whatever zone the server runs in: a submission is on time exactly when its
 * day there is not after the unit deadline, and entry is accepted exactly on the days from the one it
 * opens to the one the period locks after. (The end of a day itself is the calendar's
 * {@code BusinessTimeProperties}.)
 */
class PlanDigestProperties {

    @Property
    void aSubmissionIsOnTimeExactlyWhenItsDayIsNotAfterTheUnitDeadline(@ForAll("dates") LocalDate deadline,
                                                                       @ForAll("nanosAround") long nanos, @ForAll("zones") String businessZone) {
        BusinessTime time = new BusinessTime(ZoneId.of(businessZone));
        Instant at = time.endOf(deadline).plusNanos(nanos);
        PlanPeriod period = quarter(deadline, null, null).in(time);

        assertEquals(!time.dateOf(at).isAfter(deadline), period.isOnTime(at), at + " against " + deadline + " in " + businessZone);
    }

    @Property
    void entryIsAcceptedExactlyFromTheDayItOpensThroughTheDayThePeriodLocksAfter(
            @ForAll("dates") LocalDate deadline, @ForAll @IntRange(min = 0, max = 60) int opensBefore,
            @ForAll @IntRange(min = 0, max = 60) int locksAfter, @ForAll("nanosAround") long nanos,
            @ForAll("zones") String businessZone, @ForAll("zones") String serverZone) {
        BusinessTime time = new BusinessTime(ZoneId.of(businessZone));
        Instant at = time.endOf(deadline).plusNanos(nanos);
        LocalDate opensOn = deadline.minusDays(opensBefore);
        LocalDate lastDay = deadline.plusDays(locksAfter);
        LocalDate day = time.dateOf(at);
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(serverZone)));
        try {
            PlanPeriod period = quarter(deadline, opensOn, lastDay).in(time);

            assertEquals(!day.isBefore(opensOn) && !day.isAfter(lastDay), period.isOpenForEntry(at),
                    at + " against " + opensOn + ".." + lastDay + " in " + businessZone);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Property
    void aPeriodWithoutOpeningOrLockIsAlwaysOpen(@ForAll("dates") LocalDate deadline, @ForAll("nanosAround") long nanos) {
        BusinessTime time = BusinessTime.inDefaultZone();
        assertEquals(true, quarter(deadline, null, null).in(time).isOpenForEntry(time.endOf(deadline).plusNanos(nanos)));
    }

    /** A quarter of the deadline's year, as a digest lists it. */
    private static PlanDigest.Period quarter(LocalDate deadline, LocalDate opensOn, LocalDate locksAfter) {
        int year = deadline.getYear();
        return new PlanDigest.Period(year + "-Q2", PeriodType.QUARTERLY, LocalDate.of(year, 4, 1), LocalDate.of(year, 6, 30), deadline,
                deadline.plusDays(5), opensOn, locksAfter);
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.longs().between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /** From 62 days before the end of the deadline day to 62 days after, to the nanosecond, midnights more often. */
    @Provide
    Arbitrary<Long> nanosAround() {
        long days = 62L * 86_400_000_000_000L;
        Arbitrary<Long> anyInstant = Arbitraries.longs().between(-days, days);
        Arbitrary<Long> aroundAMidnight = Arbitraries.integers().between(-62, 62)
                .flatMap(day -> Arbitraries.longs().between(-1_000L, 1_000L).map(nanos -> day * 86_400_000_000_000L + nanos));
        return Arbitraries.oneOf(anyInstant, aroundAMidnight);
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("Asia/Ho_Chi_Minh", "UTC", "America/Los_Angeles", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/Berlin");
    }
}
