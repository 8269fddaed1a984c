package vn.planprogress.progress.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.progress.client.LockException;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.SubmissionKey;

/**
 * When a unit may enter a period's submission or correct it: from the start of the day entry opens,
 * through the end of the day the period locks after, and after that only under a lock exception for
 * that unit and period whose {@code until} day has not ended. Reviews and reads are never refused.
 * Plain functions of the plan's period and the instant, so that each rule is tested without HTTP.
 */
public final class EntryRules {

    private EntryRules() {
    }

    /**
     * Whether an entry at {@code at} is accepted: 409 {@code ENTRY_NOT_OPEN} before entry opens, 409
     * {@code PERIOD_LOCKED} once the period has locked and no lock exception is open for the unit. The
     * lock exceptions are asked for only when the period is locked.
     *
     * @return the lock exception the entry is accepted under, or empty when the period is open
     */
    public static Optional<LockException> require(PlanDigest plan, PlanPeriod period, SubmissionKey key, Instant at,
                                                  BusinessTime time, Supplier<List<LockException>> lockExceptions) {
        if (period.entryOpensAt().filter(at::isBefore).isPresent()) {
            throw ProblemException.of(ProblemType.ENTRY_NOT_OPEN, "Entry for period " + period.code() + " of plan " + plan.label()
                    + " opens on " + period.entryOpensOn().orElseThrow() + ". Nothing was written");
        }
        if (period.locksAt().filter(locks -> !at.isBefore(locks)).isEmpty()) {
            return Optional.empty();
        }
        List<LockException> ofTheUnit = lockExceptions.get().stream()
                .filter(exception -> key.unitCode().equals(exception.unitCode()) && key.period().equals(exception.period()))
                .toList();
        Optional<LockException> open = ofTheUnit.stream().filter(exception -> time.isOnTime(at, exception.until())).findFirst();
        if (open.isEmpty()) {
            throw locked(plan, period, key.unitCode(), ofTheUnit);
        }
        return open;
    }

    private static ProblemException locked(PlanDigest plan, PlanPeriod period, String unitCode, List<LockException> ended) {
        String lastException = ended.stream().map(LockException::until).max(Comparable::compareTo)
                .map(until -> "; the lock exception for unit " + unitCode + " ran to the end of " + until)
                .orElse("");
        return ProblemException.of(ProblemType.PERIOD_LOCKED, "Period " + period.code() + " of plan " + plan.label()
                + " locked at the end of " + period.locksAfter().orElseThrow() + lastException + "; a planner of the plan can open it "
                + "for unit " + unitCode + " with a lock exception (POST /api/v1/plans/" + plan.planId() + "/lock-exceptions). "
                + "Nothing was written");
    }
}
