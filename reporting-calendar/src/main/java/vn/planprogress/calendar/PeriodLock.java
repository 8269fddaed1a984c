package vn.planprogress.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Khóa số liệu: when a period stops taking submissions and corrections. A period that locks N days
 * after its unit deadline (N from 0 to {@value DeadlineRule#MAX_DAYS} calendar days) takes entries
 * through the end of day deadline + N in the business zone and refuses them from the next midnight
 * there; with N = 0 nothing is accepted after the deadline. Reviews and reads are never locked.
 */
public sealed interface PeriodLock permits PeriodLock.Never, PeriodLock.DaysAfterUnitDeadline {

    PeriodLock NEVER = new Never();

    /** The last day entry is accepted, or empty when the period never locks. */
    Optional<LocalDate> locksAfter(LocalDate unitDeadline);

    /** What makes the lock unusable, fields relative to it ({@code daysAfterUnitDeadline}). */
    List<Violation> violations();

    /** Entry is accepted whenever (today's behaviour). */
    record Never() implements PeriodLock {

        @Override
        public Optional<LocalDate> locksAfter(LocalDate unitDeadline) {
            return Optional.empty();
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }
    }

    /** The period locks after the day {@code days} calendar days past its unit deadline. */
    record DaysAfterUnitDeadline(int days) implements PeriodLock {

        @Override
        public Optional<LocalDate> locksAfter(LocalDate unitDeadline) {
            return Optional.of(unitDeadline.plusDays(days));
        }

        @Override
        public List<Violation> violations() {
            return days < 0 || days > DeadlineRule.MAX_DAYS
                    ? List.of(new Violation("daysAfterUnitDeadline", "from 0 to " + DeadlineRule.MAX_DAYS + " days after the unit deadline, not " + days))
                    : List.of();
        }
    }
}
