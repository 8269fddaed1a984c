package vn.planprogress.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chế độ báo cáo of one plan year: the period types the plan reports on, each with its unit and
 * consolidated deadline rules; the kind of window all its periods have; when entry opens and when a
 * period locks. A null {@code entryOpening} is {@link EntryOpening#ANY_TIME}, a null {@code lock}
 * {@link PeriodLock#NEVER}. {@link PlanCalendar} turns the rules into dates.
 */
public record ReportingRules(int year, WindowKind window, Map<PeriodType, PeriodDeadlines> deadlines,
                             EntryOpening entryOpening, PeriodLock lock) {

    public ReportingRules {
        Objects.requireNonNull(window, "window");
        Map<PeriodType, PeriodDeadlines> byType = new EnumMap<>(PeriodType.class);
        if (deadlines != null) {
            byType.putAll(deadlines);
        }
        deadlines = Collections.unmodifiableMap(byType);
        entryOpening = entryOpening == null ? EntryOpening.ANY_TIME : entryOpening;
        lock = lock == null ? PeriodLock.NEVER : lock;
    }

    /** Rules whose entry is open at any time and whose periods never lock. */
    public static ReportingRules of(int year, WindowKind window, Map<PeriodType, PeriodDeadlines> deadlines) {
        return new ReportingRules(year, window, deadlines, EntryOpening.ANY_TIME, PeriodLock.NEVER);
    }

    /** The period types the plan reports on, in the order of {@link PeriodType}. */
    public Set<PeriodType> periodTypes() {
        return deadlines.keySet();
    }

    /**
     * What makes the rules unusable, fields relative to them: {@code deadlines} (no period type),
     * {@code deadlines.QUARTERLY.unitDeadline.dates.2023-Q2} (a rule's own violations, see
     * {@link DeadlineRule#violations}), {@code entryOpening.daysBeforeWindowEnd},
     * {@code lock.daysAfterUnitDeadline}, and {@code lock} when a period would lock before its entry
     * opens. Empty when {@link PlanCalendar#of} can use them.
     */
    public List<Violation> violations() {
        List<Violation> violations = new ArrayList<>();
        if (year < Period.FIRST_YEAR || year > Period.LAST_YEAR) {
            return List.of(new Violation("year", "a plan year is from " + Period.FIRST_YEAR + " to " + Period.LAST_YEAR + ", not " + year));
        }
        if (deadlines.isEmpty()) {
            violations.add(new Violation("deadlines", "name at least one period type with its deadline rules"));
        }
        deadlines.forEach((type, rules) -> {
            String at = "deadlines." + type;
            if (rules == null) {
                violations.add(new Violation(at, "give the unit and the consolidated deadline rules"));
                return;
            }
            check(rules.unitDeadline(), type, at + ".unitDeadline", "the units'", violations);
            check(rules.consolidatedDeadline(), type, at + ".consolidatedDeadline", "the consolidated", violations);
        });
        entryOpening.violations().forEach(violation -> violations.add(violation.under("entryOpening")));
        lock.violations().forEach(violation -> violations.add(violation.under("lock")));
        if (violations.isEmpty()) {
            lockedBeforeOpening().ifPresent(violations::add);
        }
        return List.copyOf(violations);
    }

    private void check(DeadlineRule rule, PeriodType type, String field, String whose, List<Violation> violations) {
        if (rule == null) {
            violations.add(new Violation(field, "give " + whose + " deadline rule"));
        } else {
            rule.violations(type, year, window).forEach(violation -> violations.add(violation.under(field)));
        }
    }

    // Only a date or a day of a month can come before the window ends (on a calendar plan), and
    // those need no working days; a deadline after the window always follows the opening.
    private Optional<Violation> lockedBeforeOpening() {
        WorkingDays noWorkingDays = WorkingDays.of(List.of());
        for (Map.Entry<PeriodType, PeriodDeadlines> entry : deadlines.entrySet()) {
            DeadlineRule unitDeadline = entry.getValue().unitDeadline();
            if (unitDeadline instanceof DeadlineRule.WorkingDaysAfterWindow) {
                continue;
            }
            for (Period period : entry.getKey().periodsOf(year)) {
                Optional<LocalDate> opens = entryOpening.opensOn(period.window(window));
                Optional<LocalDate> locks = lock.locksAfter(unitDeadline.deadlineOf(period, window, noWorkingDays));
                if (opens.isPresent() && locks.isPresent() && locks.get().isBefore(opens.get())) {
                    return Optional.of(new Violation("lock", period + " would lock after " + locks.get()
                            + ", before its entry opens on " + opens.get() + ": open entry earlier or lock later"));
                }
            }
        }
        return Optional.empty();
    }
}
