package vn.planprogress.devsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A service's clock in tests (it replaces the service's Clock bean): stands still at the instant a test sets, so that deadlines are tested without waiting. */
@Alternative
@Priority(1)
@Singleton
public class TestClock extends Clock {

    private volatile Instant now = Instant.parse("2022-11-12T03:00:00Z");

    public void set(String offsetDateTime) {
        now = OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
