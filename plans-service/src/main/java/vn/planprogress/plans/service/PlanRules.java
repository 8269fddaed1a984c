package vn.planprogress.plans.service;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.ContentSection;
import vn.planprogress.plans.api.IndicatorDocument;
import vn.planprogress.plans.api.IndicatorPart;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.api.UnitGroup;
import vn.planprogress.calendar.Period;
import vn.planprogress.calendar.PlanCalendar;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.plans.api.Aggregation;
import vn.planprogress.plans.api.Measure;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.ReportingSchedule;
import vn.planprogress.plans.mapping.ReportingRulesMapper;

/**
 * The rules a plan document must keep beyond the shape of its fields: units that exist, codes
 * that are unique, time frames within the plan year, breakdowns that add up, reporting rules the
 * reporting calendar can use, indicators whose measure, targets and weights agree. Plain code, so that each rule is tested without HTTP; every broken rule is reported at
 * once, with the field that breaks it.
 */
public final class PlanRules {

    private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    private static final int MAX_SECTION_DEPTH = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final PlanDocument plan;
    private final Set<String> knownUnits;
    private final Function<String, List<String>> childrenOf;
    private final List<FieldViolation> violations = new ArrayList<>();

    private PlanRules(PlanDocument plan, Set<String> knownUnits, Function<String, List<String>> childrenOf) {
        this.plan = plan;
        this.knownUnits = knownUnits;
        this.childrenOf = childrenOf;
    }

    /** The rules {@code plan} breaks, given the codes of the units that exist; empty when it keeps them all. */
    public static List<FieldViolation> check(PlanDocument plan, Set<String> knownUnits) {
        return check(plan, knownUnits, parent -> List.of());
    }

    /**
     * The rules {@code plan} breaks, given the units that exist and the units under each (for the
     * units a group of a task names); empty when it keeps them all.
     */
    public static List<FieldViolation> check(PlanDocument plan, Set<String> knownUnits, Function<String, List<String>> childrenOf) {
        PlanRules rules = new PlanRules(plan, knownUnits, childrenOf);
        rules.checkHeader();
        rules.checkReporting(plan.reporting());
        Set<String> sectionCodes = rules.checkSections("contentSections", plan.contentSectionsOrEmpty(), new HashMap<>(), 1);
        rules.checkSections("implementation", plan.implementationOrEmpty(), new HashMap<>(), 1);
        rules.checkTasks(sectionCodes);
        return List.copyOf(rules.violations);
    }

    /** The first and last day of a schedule in a plan year; the schedule must be valid. */
    public static LocalDate[] effectiveDates(Schedule schedule, int year) {
        return switch (schedule.kind()) {
            case CONTINUOUS -> new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
            case QUARTERS -> new LocalDate[] {
                    quarter(year, schedule.quarters().stream().min(Integer::compare).orElseThrow()).from(),
                    quarter(year, schedule.quarters().stream().max(Integer::compare).orElseThrow()).to()};
            case DATE_RANGE -> new LocalDate[] {schedule.from(), schedule.to()};
        };
    }

    private static vn.planprogress.calendar.DateRange quarter(int year, int quarter) {
        return new Period(vn.planprogress.calendar.PeriodType.QUARTERLY, year, quarter).window(vn.planprogress.calendar.WindowKind.CALENDAR);
    }

    /**
     * The rules a plan's calendar breaks once its dates are known: a consolidated deadline before the
     * units' deadline of the same period, which consolidates their reports.
     */
    public static List<FieldViolation> checkCalendar(Reporting reporting, PlanCalendar calendar) {
        List<FieldViolation> violations = new ArrayList<>();
        Set<PeriodType> named = new HashSet<>();
        for (PlanPeriod period : calendar.periods()) {
            if (period.consolidatedDeadline().isBefore(period.unitDeadline()) && named.add(PeriodType.of(period.type()))) {
                violations.add(new FieldViolation(ReportingRulesMapper.scheduleField(reporting, PeriodType.of(period.type())) + "consolidatedDeadline",
                        "the consolidated deadline of " + period.code() + " (" + period.consolidatedDeadline()
                                + ") is before the units' deadline (" + period.unitDeadline() + ")"));
            }
        }
        return violations;
    }

    private void checkHeader() {
        unit("ownerUnit", plan.ownerUnit());
        if (plan.number() != null) {
            if (plan.number().contains("/")) {
                fail("number", "the sequence is given when the plan is issued; send the symbol only, e.g. KH-" + plan.ownerUnit());
            } else if (!SYMBOL.matcher(plan.number()).matches()) {
                fail("number", "must be a document symbol such as KH-" + plan.ownerUnit());
            }
        }
    }

    private void checkReporting(Reporting reporting) {
        if (reporting == null || plan.year() == null) {
            return;
        }
        unit("reporting.consolidationUnit", reporting.consolidationUnit());
        if (reporting.reportTo() != null) {
            unit("reporting.reportTo.unit", reporting.reportTo().unit());
            if (reporting.reportTo().via() != null) {
                unit("reporting.reportTo.via", reporting.reportTo().via());
            }
        }
        violations.addAll(ReportingRulesMapper.violations(reporting, plan.year()));
    }

    /** The codes of the periods the plan reports on, by type, as far as its rules name types. */
    private Map<PeriodType, List<String>> periodCodes() {
        Map<PeriodType, List<String>> codes = new java.util.LinkedHashMap<>();
        if (plan.reporting() == null || plan.year() == null) {
            return codes;
        }
        for (ReportingSchedule schedule : plan.reporting().schedulesGiven()) {
            if (schedule != null && schedule.periodType() != null) {
                codes.put(schedule.periodType(), schedule.periodType().calendar().periodsOf(plan.year()).stream().map(Period::code).toList());
            }
        }
        return codes;
    }

    private Set<String> checkSections(String field, List<ContentSection> sections, Map<String, String> seen, int depth) {
        for (int i = 0; i < sections.size(); i++) {
            ContentSection section = sections.get(i);
            String at = field + "[" + i + "]";
            if (section == null) {
                fail(at, "must not be null");
                continue;
            }
            if (depth > MAX_SECTION_DEPTH) {
                fail(at, "items nest at most " + MAX_SECTION_DEPTH + " levels deep");
                continue;
            }
            if (isBlank(section.title()) && isBlank(section.body()) && section.childrenOrEmpty().isEmpty()) {
                fail(at, "must have a title, a body or children");
            }
            if (section.code() != null) {
                String first = seen.putIfAbsent(section.code(), at + ".code");
                if (first != null) {
                    fail(at + ".code", "duplicate section code '" + section.code() + "' (also " + first + ")");
                }
            }
            checkSections(at + ".children", section.childrenOrEmpty(), seen, depth + 1);
        }
        return seen.keySet();
    }

    private void checkTasks(Set<String> sectionCodes) {
        if (plan.tasks() == null) {
            return;
        }
        Map<String, String> taskCodes = new HashMap<>();
        Map<String, String> indicatorCodes = new HashMap<>();
        for (int i = 0; i < plan.tasks().size(); i++) {
            TaskDocument task = plan.tasks().get(i);
            String at = "tasks[" + i + "]";
            if (task == null) {
                fail(at, "must not be null");
                continue;
            }
            if (task.code() != null) {
                String first = taskCodes.putIfAbsent(task.code(), at + ".code");
                if (first != null) {
                    fail(at + ".code", "duplicate task code '" + task.code() + "' (also " + first + ")");
                }
            }
            checkUnits(at, task);
            checkSchedule(at + ".schedule", task.schedule());
            checkIndicators(at, task, indicatorCodes);
            List<String> refs = task.contentRefsOrEmpty();
            for (int j = 0; j < refs.size(); j++) {
                if (refs.get(j) != null && !sectionCodes.contains(refs.get(j))) {
                    fail(at + ".contentRefs[" + j + "]", "no content section with code '" + refs.get(j) + "'");
                }
            }
        }
    }

    private void checkUnits(String at, TaskDocument task) {
        Set<String> leads = new HashSet<>();
        List<String> leadUnits = task.leadUnits() == null ? List.of() : task.leadUnits();
        for (int j = 0; j < leadUnits.size(); j++) {
            String code = leadUnits.get(j);
            if (code != null && unit(at + ".leadUnits[" + j + "]", code) && !leads.add(code)) {
                fail(at + ".leadUnits[" + j + "]", "unit '" + code + "' is listed twice");
            }
        }
        Set<String> coordinating = new HashSet<>();
        List<String> named = task.coordinatingUnitsOrEmpty();
        for (int j = 0; j < named.size(); j++) {
            String code = named.get(j);
            String field = at + ".coordinatingUnits[" + j + "]";
            if (code == null || !unit(field, code)) {
                continue;
            }
            if (leads.contains(code)) {
                fail(field, "unit '" + code + "' is a lead unit of this task; a unit has one role in a task");
            } else if (!coordinating.add(code)) {
                fail(field, "unit '" + code + "' is listed twice");
            }
        }
        List<UnitGroup> groups = task.coordinatingGroupsOrEmpty();
        for (int j = 0; j < groups.size(); j++) {
            if (groups.get(j) != null && groups.get(j).parentUnit() != null) {
                unit(at + ".coordinatingGroups[" + j + "].parentUnit", groups.get(j).parentUnit());
            }
        }
    }

    private void checkSchedule(String at, Schedule schedule) {
        if (schedule == null || schedule.kind() == null || plan.year() == null) {
            return;
        }
        int year = plan.year();
        List<Integer> quarters = schedule.quarters() == null ? List.of() : schedule.quarters();
        switch (schedule.kind()) {
            case CONTINUOUS -> {
                if (!quarters.isEmpty() || schedule.from() != null || schedule.to() != null) {
                    fail(at, "a CONTINUOUS schedule runs all year: leave out quarters, from and to");
                }
            }
            case QUARTERS -> {
                if (quarters.isEmpty()) {
                    fail(at + ".quarters", "a QUARTERS schedule needs at least one quarter, 1 to 4");
                }
                Set<Integer> seen = new HashSet<>();
                for (int j = 0; j < quarters.size(); j++) {
                    Integer quarter = quarters.get(j);
                    if (quarter == null || quarter < 1 || quarter > 4) {
                        fail(at + ".quarters[" + j + "]", "quarter " + quarter + " is outside 1..4");
                    } else if (!seen.add(quarter)) {
                        fail(at + ".quarters[" + j + "]", "quarter " + quarter + " is listed twice");
                    }
                }
                if (schedule.from() != null || schedule.to() != null) {
                    fail(at, "a QUARTERS schedule takes quarters only: leave out from and to");
                }
            }
            case DATE_RANGE -> {
                if (schedule.from() == null) {
                    fail(at + ".from", "a DATE_RANGE schedule needs from (YYYY-MM-DD)");
                }
                if (schedule.to() == null) {
                    fail(at + ".to", "a DATE_RANGE schedule needs to (YYYY-MM-DD)");
                }
                if (!quarters.isEmpty()) {
                    fail(at + ".quarters", "a DATE_RANGE schedule takes from and to only: leave out quarters");
                }
                if (schedule.from() != null && schedule.to() != null) {
                    if (schedule.from().isAfter(schedule.to())) {
                        fail(at, "from (" + schedule.from() + ") is after to (" + schedule.to() + ")");
                    } else if (schedule.from().getYear() != year || schedule.to().getYear() != year) {
                        fail(at, "the time frame " + schedule.from() + ".." + schedule.to() + " must lie within the plan year " + year);
                    }
                }
            }
        }
    }

    private void checkIndicators(String at, TaskDocument task, Map<String, String> seen) {
        List<IndicatorDocument> indicators = task.indicatorsOrEmpty();
        for (int k = 0; k < indicators.size(); k++) {
            IndicatorDocument indicator = indicators.get(k);
            String field = at + ".indicators[" + k + "]";
            if (indicator == null) {
                fail(field, "must not be null");
                continue;
            }
            if (indicator.code() != null) {
                String first = seen.putIfAbsent(indicator.code(), field + ".code");
                if (first != null) {
                    fail(field + ".code", "duplicate indicator code '" + indicator.code() + "' in this plan (also " + first + ")");
                }
            }
            checkMeasure(field, indicator);
            checkPeriodTargets(field, indicator);
            checkWeights(field, indicator, task);
            checkParts(field, indicator);
        }
    }

    private void checkMeasure(String field, IndicatorDocument indicator) {
        Measure measure = indicator.measureOrDefault();
        if (measure == Measure.QUALITATIVE) {
            String why = ": a qualitative indicator is a text result, reported or not, with no number";
            if (indicator.target() != null) {
                fail(field + ".target", "leave the target out" + why);
            }
            if (indicator.baseline() != null && indicator.baseline().value() != null) {
                fail(field + ".baseline.value", "leave the baseline value out (a note and a year may stay)" + why);
            }
            if (!indicator.partsOrEmpty().isEmpty()) {
                fail(field + ".parts", "leave the breakdown out" + why);
            }
            if (indicator.periodTargets() != null && !indicator.periodTargets().isEmpty()) {
                fail(field + ".periodTargets", "leave the period targets out" + why);
            }
            return;
        }
        if (indicator.target() == null) {
            fail(field + ".target", "a " + measure + " indicator needs a target");
        }
        if (indicator.baseline() != null && indicator.baseline().value() == null) {
            fail(field + ".baseline.value", "give the baseline's value, or leave the baseline out");
        }
        if (measure != Measure.PERCENT) {
            return;
        }
        percent(field + ".target", indicator.target());
        if (indicator.baseline() != null) {
            percent(field + ".baseline.value", indicator.baseline().value());
        }
        if (indicator.periodTargets() != null) {
            indicator.periodTargets().forEach((period, target) -> percent(field + ".periodTargets." + period, target));
        }
        if (!indicator.partsOrEmpty().isEmpty()) {
            fail(field + ".parts", "a percent indicator has no breakdown: percentages of parts do not add up to the whole");
        }
    }

    private void percent(String field, BigDecimal value) {
        if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
            fail(field, "a percentage is from 0 to 100, not " + value.stripTrailingZeros().toPlainString());
        }
    }

    private void checkPeriodTargets(String field, IndicatorDocument indicator) {
        Map<String, BigDecimal> targets = indicator.periodTargets();
        if (targets == null || targets.isEmpty() || indicator.measureOrDefault() == Measure.QUALITATIVE) {
            return;
        }
        Map<PeriodType, List<String>> periods = periodCodes();
        Set<String> codes = new LinkedHashSet<>();
        periods.values().forEach(codes::addAll);
        targets.forEach((period, target) -> {
            if (!codes.contains(period)) {
                fail(field + ".periodTargets." + period, "'" + period + "' is not a period the plan reports on (" + String.join(", ", codes) + ")");
            } else if (target == null) {
                fail(field + ".periodTargets." + period, "must be a number");
            }
        });
        if (indicator.aggregationOrDefault() != Aggregation.SUM || indicator.target() == null) {
            return;
        }
        periods.forEach((type, ofType) -> {
            if (ofType.stream().allMatch(code -> targets.get(code) != null)) {
                BigDecimal sum = ofType.stream().map(targets::get).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (sum.compareTo(indicator.target()) != 0) {
                    fail(field + ".periodTargets", "the " + type + " targets (" + String.join(", ", ofType) + ") add up to "
                            + sum.stripTrailingZeros().toPlainString() + ", not to the target " + indicator.target().stripTrailingZeros().toPlainString()
                            + ": a SUM indicator's periods add up to its year (use aggregation LATEST for a cumulative one)");
                }
            }
        });
    }

    private void checkWeights(String field, IndicatorDocument indicator, TaskDocument task) {
        Map<String, BigDecimal> weights = indicator.weights();
        if (weights == null || weights.isEmpty()) {
            return;
        }
        if (indicator.measureOrDefault() != Measure.PERCENT) {
            fail(field + ".weights", "weights are for a PERCENT indicator, whose units' values are averaged; a "
                    + indicator.measureOrDefault() + " indicator's are not");
            return;
        }
        Set<String> units = unitsOf(task);
        weights.forEach((unit, weight) -> {
            if (!units.contains(unit)) {
                fail(field + ".weights." + unit, "unit '" + unit + "' is not a unit of this task (" + String.join(", ", units) + ")");
            } else if (weight == null || weight.signum() <= 0) {
                fail(field + ".weights." + unit, "a weight is more than 0, not " + (weight == null ? "null" : weight.stripTrailingZeros().toPlainString()));
            }
        });
    }

    private Set<String> unitsOf(TaskDocument task) {
        Set<String> units = new LinkedHashSet<>();
        if (task.leadUnits() != null) {
            units.addAll(task.leadUnits());
        }
        units.addAll(task.coordinatingUnitsOrEmpty());
        for (UnitGroup group : task.coordinatingGroupsOrEmpty()) {
            if (group != null && group.parentUnit() != null) {
                units.addAll(childrenOf.apply(group.parentUnit()));
            }
        }
        units.remove(null);
        return units;
    }

    private void checkParts(String field, IndicatorDocument indicator) {
        List<IndicatorPart> parts = indicator.partsOrEmpty();
        if (parts.isEmpty() || indicator.target() == null || indicator.measureOrDefault() != Measure.NUMBER) {
            return;
        }
        Set<String> partCodes = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int p = 0; p < parts.size(); p++) {
            IndicatorPart part = parts.get(p);
            if (part == null || part.target() == null) {
                continue;
            }
            if (part.code() != null && !partCodes.add(part.code())) {
                fail(field + ".parts[" + p + "].code", "duplicate part code '" + part.code() + "'");
            }
            sum = sum.add(part.target());
        }
        if (sum.compareTo(indicator.target()) != 0) {
            fail(field + ".parts", "the parts' targets add up to " + sum.stripTrailingZeros().toPlainString()
                    + ", not to the indicator's target " + indicator.target().stripTrailingZeros().toPlainString());
        }
    }

    private boolean unit(String field, String code) {
        if (code == null) {
            return false;
        }
        if (!knownUnits.contains(code)) {
            fail(field, "unknown unit code '" + code + "'");
            return false;
        }
        return true;
    }

    private void fail(String field, String message) {
        violations.add(new FieldViolation(field, message));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
