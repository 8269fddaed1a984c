package vn.planprogress.progress.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A deadline date means the end of that day in Asia/Ho_Chi_Minh, whatever time zone the server runs in. */
class DeadlinesTests {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate UNIT_DEADLINE = LocalDate.of(2022, 11, 10);

    @Test
    void theLastSecondOfTheDeadlineDayIsOnTime() {
        assertFalse(Deadlines.isPast(at("2022-11-10T23:59:59+07:00"), UNIT_DEADLINE, VIETNAM));
        assertFalse(Deadlines.isPast(at("2022-11-10T23:59:59.999999+07:00"), UNIT_DEADLINE, VIETNAM));
    }

    @Test
    void midnightAfterTheDeadlineDayIsLate() {
        assertTrue(Deadlines.isPast(at("2022-11-11T00:00:00+07:00"), UNIT_DEADLINE, VIETNAM));
    }

    @Test
    void theDayEndsInVietnamNotInUtc() {
        assertEquals(at("2022-11-10T17:00:00Z"), Deadlines.end(UNIT_DEADLINE, VIETNAM));
        assertTrue(Deadlines.isPast(at("2022-11-10T20:00:00Z"), UNIT_DEADLINE, VIETNAM), "03:00 on 11 November in Vietnam");
    }

    private static Instant at(String instant) {
        return OffsetDateTime.parse(instant).toInstant();
    }
}
