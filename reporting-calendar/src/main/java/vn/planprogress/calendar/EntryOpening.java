package vn.planprogress.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When units may start entering a period's report: at any time, from the first day of its window,
 * or from N days before the window's last day (N from 0 to {@value DeadlineRule#MAX_DAYS}; the day
 * may fall before the window starts). Entry opens at the start of that day in the business zone and
 * stays open until the period locks ({@link PeriodLock}).
 */
public sealed interface EntryOpening permits EntryOpening.AnyTime, EntryOpening.AtWindowStart, EntryOpening.DaysBeforeWindowEnd {

    EntryOpening ANY_TIME = new AnyTime();
    EntryOpening AT_WINDOW_START = new AtWindowStart();

    /** The first day entry is accepted, or empty when it always is. */
    Optional<LocalDate> opensOn(DateRange window);

    /** What makes the opening unusable, fields relative to it ({@code daysBeforeWindowEnd}). */
    List<Violation> violations();

    /** Entry is accepted from the start (today's behaviour). */
    record AnyTime() implements EntryOpening {

        @Override
        public Optional<LocalDate> opensOn(DateRange window) {
            return Optional.empty();
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }
    }

    /** Entry opens on the window's first day. */
    record AtWindowStart() implements EntryOpening {

        @Override
        public Optional<LocalDate> opensOn(DateRange window) {
            return Optional.of(window.from());
        }

        @Override
        public List<Violation> violations() {
            return List.of();
        }
    }

    /** Entry opens {@code days} days before the window's last day: 0 opens on that day. */
    record DaysBeforeWindowEnd(int days) implements EntryOpening {

        @Override
        public Optional<LocalDate> opensOn(DateRange window) {
            return Optional.of(window.to().minusDays(days));
        }

        @Override
        public List<Violation> violations() {
            return days < 0 || days > DeadlineRule.MAX_DAYS
                    ? List.of(new Violation("daysBeforeWindowEnd", "from 0 to " + DeadlineRule.MAX_DAYS + " days before the window ends, not " + days))
                    : List.of();
        }
    }
}
