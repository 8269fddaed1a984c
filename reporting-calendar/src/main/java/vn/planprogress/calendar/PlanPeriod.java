package vn.planprogress.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One period of a plan as its rules make it: the dates a reader is shown
 * ({@code GET /plans/{id}/calendar}) and the instants the services compare with, all in the
 * plan's business zone.
 *
 * @param window the dates the period's report covers (which tasks are expected follows it)
 * @param unitDeadline units report by the end of this day
 * @param consolidatedDeadline the consolidated report is due by the end of this day
 * @param entryOpensOn the first day entry is accepted; empty when it always is
 * @param locksAfter the last day entry is accepted; empty when the period never locks
 * @param unitDeadlineEndsAt the first instant past the unit deadline: a first revision before it is on time
 * @param consolidatedDeadlineEndsAt the first instant past the consolidated deadline
 * @param entryOpensAt the first instant entry is accepted (the start of {@code entryOpensOn})
 * @param locksAt the first instant entry is refused (the end of {@code locksAfter})
 */
public record PlanPeriod(Period period, DateRange window, LocalDate unitDeadline, LocalDate consolidatedDeadline,
                         Optional<LocalDate> entryOpensOn, Optional<LocalDate> locksAfter,
                         Instant unitDeadlineEndsAt, Instant consolidatedDeadlineEndsAt,
                         Optional<Instant> entryOpensAt, Optional<Instant> locksAt) {

    public String code() {
        return period.code();
    }

    public PeriodType type() {
        return period.type();
    }

    /** Whether a submission first entered at {@code submittedAt} met the unit deadline. */
    public boolean isOnTime(Instant submittedAt) {
        return submittedAt.isBefore(unitDeadlineEndsAt);
    }

    /** Whether a submission or a correction is accepted at {@code at}: entry has opened and the period has not locked. */
    public boolean isOpenForEntry(Instant at) {
        return entryOpensAt.map(opens -> !at.isBefore(opens)).orElse(true)
                && locksAt.map(at::isBefore).orElse(true);
    }
}
