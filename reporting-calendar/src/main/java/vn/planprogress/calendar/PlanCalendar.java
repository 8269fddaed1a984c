package vn.planprogress.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every period of a plan's year with its window, deadlines, entry opening and lock, as dates and as
 * instants in the business zone, in the order a reader follows them: by the window's last day, and
 * on the same day the shorter period first ({@code 2023-Q2} before {@code 2023-H1}).
 */
public final class PlanCalendar {

    private final ReportingRules rules;
    private final List<PlanPeriod> periods;
    private final Map<Period, PlanPeriod> byPeriod;

    private PlanCalendar(ReportingRules rules, List<PlanPeriod> periods) {
        this.rules = rules;
        this.periods = periods;
        this.byPeriod = periods.stream().collect(Collectors.toUnmodifiableMap(PlanPeriod::period, Function.identity()));
    }

    /**
     * The calendar the rules give with these working days, in this business time.
     *
     * @throws IllegalArgumentException when the rules have {@linkplain ReportingRules#violations() violations}
     * @throws HolidaysNotSet when a working-day deadline needs a year {@code workingDays} does not
     *         know (give it the years {@code year - 1} to {@code year + 1})
     */
    public static PlanCalendar of(ReportingRules rules, WorkingDays workingDays, BusinessTime time) {
        List<Violation> violations = rules.violations();
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException("the reporting rules break rules: " + violations);
        }
        List<PlanPeriod> periods = rules.deadlines().entrySet().stream()
                .flatMap(entry -> entry.getKey().periodsOf(rules.year()).stream()
                        .map(period -> planPeriod(period, entry.getValue(), rules, workingDays, time)))
                .sorted(Comparator.comparing((PlanPeriod period) -> period.window().to()).thenComparing(PlanPeriod::type))
                .toList();
        return new PlanCalendar(rules, periods);
    }

    private static PlanPeriod planPeriod(Period period, PeriodDeadlines deadlines, ReportingRules rules, WorkingDays workingDays,
                                         BusinessTime time) {
        DateRange window = period.window(rules.window());
        LocalDate unitDeadline = deadlines.unitDeadline().deadlineOf(period, rules.window(), workingDays);
        LocalDate consolidatedDeadline = deadlines.consolidatedDeadline().deadlineOf(period, rules.window(), workingDays);
        Optional<LocalDate> entryOpensOn = rules.entryOpening().opensOn(window);
        Optional<LocalDate> locksAfter = rules.lock().locksAfter(unitDeadline);
        return new PlanPeriod(period, window, unitDeadline, consolidatedDeadline, entryOpensOn, locksAfter,
                time.endOf(unitDeadline), time.endOf(consolidatedDeadline), entryOpensOn.map(time::startOf), locksAfter.map(time::endOf));
    }

    public ReportingRules rules() {
        return rules;
    }

    /** Every period of the plan's year, of every type it reports on. */
    public List<PlanPeriod> periods() {
        return periods;
    }

    /** The plan's period {@code period}, or empty when the plan does not report on it. */
    public Optional<PlanPeriod> find(Period period) {
        return Optional.ofNullable(byPeriod.get(period));
    }

    /**
     * The plan's period a code names, as a submission names it.
     *
     * @throws InvalidPeriod when the code spells no period, or one the plan does not report on
     *         ({@code 2023-H1} on a quarterly plan), the rule naming the periods it does
     */
    public PlanPeriod period(String code) {
        return find(Period.parse(code)).orElseThrow(() -> new InvalidPeriod(code, "the plan reports on " + rules.periodTypes().stream()
                .map(type -> {
                    List<Period> ofType = type.periodsOf(rules.year());
                    return type + " periods (" + ofType.get(0) + (ofType.size() > 1 ? " to " + ofType.get(ofType.size() - 1) : "") + ")";
                })
                .collect(Collectors.joining(", "))));
    }

    /** The periods whose window shares a day with {@code dates} (a task's schedule): those that expect its reports. */
    public List<PlanPeriod> overlapping(DateRange dates) {
        return periods.stream().filter(period -> period.window().overlaps(dates)).toList();
    }
}
