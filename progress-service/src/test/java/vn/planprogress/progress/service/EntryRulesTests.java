package vn.planprogress.progress.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.calendar.WindowKind;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.progress.client.LockException;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.SubmissionKey;

/**
 * Entry windows and locks as plain functions, on 2023-Q2 of the cut-off plan 12/KH-SNV: entry opens on
 * 9 June 2023, the unit deadline is 16 June and the period locks after 26 June (10 days later), each
 * day beginning and ending in Asia/Ho_Chi_Minh.
 */
class EntryRulesTests {

    private static final BusinessTime VIETNAM = BusinessTime.inDefaultZone();
    private static final UUID PLAN_ID = UUID.fromString("3c5d1e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f");
    private static final PlanDigest.Period Q2 = new PlanDigest.Period("2023-Q2", PeriodType.QUARTERLY, LocalDate.of(2023, 3, 15),
            LocalDate.of(2023, 6, 14), LocalDate.of(2023, 6, 16), LocalDate.of(2023, 6, 21), LocalDate.of(2023, 6, 9),
            LocalDate.of(2023, 6, 26));
    private static final PlanDigest PLAN = new PlanDigest(PLAN_ID, "12/KH-SNV", 2023, PlanDigest.ISSUED, 2, PeriodType.QUARTERLY,
            List.of(PeriodType.QUARTERLY), WindowKind.CUT_OFF, List.of(Q2), List.of());
    private static final SubmissionKey HCTH = new SubmissionKey(PLAN_ID, "1.1", "HCTH", "2023-Q2");

    private final List<String> asked = new ArrayList<>();

    @Test
    void entryOpensAtTheStartOfItsDay() {
        ProblemException early = assertThrows(ProblemException.class, () -> require(Q2, "2023-06-08T23:59:59.999999+07:00", List.of()));

        assertEquals(ProblemType.ENTRY_NOT_OPEN, early.type());
        assertEquals("Entry for period 2023-Q2 of plan 12/KH-SNV opens on 2023-06-09. Nothing was written", early.getMessage());
        assertEquals(Optional.empty(), require(Q2, "2023-06-09T00:00:00+07:00", List.of()));
        assertEquals(List.of(), asked, "an open period needs no lock exception");
    }

    @Test
    void thePeriodTakesEntriesThroughTheEndOfItsLastDayAndLocksAtMidnight() {
        assertEquals(Optional.empty(), require(Q2, "2023-06-26T23:59:59.999999+07:00", List.of()));
        assertEquals(List.of(), asked, "an open period needs no lock exception");

        ProblemException locked = assertThrows(ProblemException.class, () -> require(Q2, "2023-06-27T00:00:00+07:00", List.of()));

        assertEquals(ProblemType.PERIOD_LOCKED, locked.type());
        assertEquals("Period 2023-Q2 of plan 12/KH-SNV locked at the end of 2023-06-26; a planner of the plan can open it for unit "
                + "HCTH with a lock exception (POST /api/v1/plans/" + PLAN_ID + "/lock-exceptions). Nothing was written", locked.getMessage());
        assertEquals(List.of("asked"), asked);
    }

    @Test
    void aLockExceptionOpensThePeriodForItsUnitThroughTheEndOfItsLastDay() {
        LockException forHcth = exception("HCTH", "2023-07-05");

        assertEquals(Optional.of(forHcth), require(Q2, "2023-07-05T23:59:59+07:00", List.of(forHcth)));

        ProblemException ended = assertThrows(ProblemException.class, () -> require(Q2, "2023-07-06T00:00:00+07:00", List.of(forHcth)));
        assertEquals(ProblemType.PERIOD_LOCKED, ended.type());
        assertTrue(ended.getMessage().contains("locked at the end of 2023-06-26; the lock exception for unit HCTH ran to the end of 2023-07-05"),
                ended.getMessage());
    }

    @Test
    void aLockExceptionOfAnotherUnitOrPeriodOpensNothing() {
        List<LockException> others = List.of(exception("CCVT", "2023-07-05"),
                new LockException(UUID.randomUUID(), PLAN_ID, "HCTH", "2023-H1", LocalDate.of(2023, 7, 5), "Bổ sung", "planner@dev", Instant.EPOCH));

        ProblemException locked = assertThrows(ProblemException.class, () -> require(Q2, "2023-07-01T08:00:00+07:00", others));

        assertEquals(ProblemType.PERIOD_LOCKED, locked.type());
        assertTrue(locked.getMessage().contains("for unit HCTH with a lock exception"), locked.getMessage());
    }

    @Test
    void aPeriodWithoutOpeningOrLockTakesEntriesAtAnyTime() {
        PlanDigest.Period always = new PlanDigest.Period("2023-Q2", null, Q2.from(), Q2.to(), Q2.unitDeadline(), Q2.consolidatedDeadline(),
                null, null);

        for (String at : List.of("2023-01-01T00:00:00+07:00", "2023-06-17T00:00:00+07:00", "2024-12-31T23:00:00+07:00")) {
            assertEquals(Optional.empty(), require(always, at, List.of()), at);
        }
        assertEquals(List.of(), asked);
    }

    private Optional<LockException> require(PlanDigest.Period period, String at, List<LockException> exceptions) {
        PlanPeriod dated = period.in(VIETNAM);
        Supplier<List<LockException>> plansService = () -> {
            asked.add("asked");
            return exceptions;
        };
        return EntryRules.require(PLAN, dated, HCTH, OffsetDateTime.parse(at).toInstant(), VIETNAM, plansService);
    }

    private static LockException exception(String unit, String until) {
        return new LockException(UUID.randomUUID(), PLAN_ID, unit, "2023-Q2", LocalDate.parse(until),
                "Bổ sung số liệu quý II theo đề nghị của đơn vị", "planner@dev", Instant.parse("2023-06-27T02:00:00Z"));
    }
}
