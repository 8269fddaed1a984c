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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.ContentSection;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.IndicatorDocument;
import vn.planprogress.plans.api.IndicatorPart;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.api.UnitGroup;
import vn.planprogress.plans.domain.Periods;
import vn.planprogress.plans.domain.ReportingCalendar;

/**
 * The rules a plan document must keep beyond the shape of its fields: units that exist, codes
 * that are unique, time frames within the plan year, breakdowns that add up, deadlines for every
 * period. Plain code, so that each rule is tested without HTTP; every broken rule is reported at
 * once, with the field that breaks it.
 */
public final class PlanRules {

    private static final Pattern SYMBOL = Pattern.compile("[\\p{L}\\p{N}]+(-[\\p{L}\\p{N}]+)*");
    private static final int MAX_SECTION_DEPTH = 6;

    private final PlanDocument plan;
    private final Set<String> knownUnits;
    private final List<FieldViolation> violations = new ArrayList<>();

    private PlanRules(PlanDocument plan, Set<String> knownUnits) {
        this.plan = plan;
        this.knownUnits = knownUnits;
    }

    /** The rules {@code plan} breaks, given the codes of the units that exist; empty when it keeps them all. */
    public static List<FieldViolation> check(PlanDocument plan, Set<String> knownUnits) {
        PlanRules rules = new PlanRules(plan, knownUnits);
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
                    Periods.quarterStart(year, schedule.quarters().stream().min(Integer::compare).orElseThrow()),
                    Periods.quarterEnd(year, schedule.quarters().stream().max(Integer::compare).orElseThrow())};
            case DATE_RANGE -> new LocalDate[] {schedule.from(), schedule.to()};
        };
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
        if (reporting == null || reporting.periodType() == null || plan.year() == null) {
            return;
        }
        unit("reporting.consolidationUnit", reporting.consolidationUnit());
        if (reporting.reportTo() != null) {
            unit("reporting.reportTo.unit", reporting.reportTo().unit());
            if (reporting.reportTo().via() != null) {
                unit("reporting.reportTo.via", reporting.reportTo().via());
            }
        }
        List<Periods.Period> periods = Periods.of(reporting.periodType(), plan.year());
        checkDeadlineRule("reporting.unitDeadline", reporting.unitDeadline(), periods);
        checkDeadlineRule("reporting.consolidatedDeadline", reporting.consolidatedDeadline(), periods);
        if (!violations.isEmpty()) {
            return;
        }
        for (Periods.Period period : periods) {
            LocalDate units = ReportingCalendar.deadline(reporting.unitDeadline(), period);
            LocalDate consolidated = ReportingCalendar.deadline(reporting.consolidatedDeadline(), period);
            if (units != null && consolidated != null && consolidated.isBefore(units)) {
                fail("reporting.consolidatedDeadline", "the consolidated deadline of " + period.code() + " (" + consolidated
                        + ") is before the units' deadline (" + units + ")");
            }
        }
    }

    private void checkDeadlineRule(String field, DeadlineRule rule, List<Periods.Period> periods) {
        if (rule == null) {
            return;
        }
        boolean hasDates = rule.dates() != null && !rule.dates().isEmpty();
        if (hasDates == (rule.daysAfterPeriodEnd() != null)) {
            fail(field, "give either dates (a date per period) or daysAfterPeriodEnd, not both and not neither");
            return;
        }
        if (!hasDates) {
            return;
        }
        Set<String> codes = periods.stream().map(Periods.Period::code).collect(Collectors.toCollection(LinkedHashSet::new));
        rule.dates().forEach((period, date) -> {
            if (!codes.contains(period)) {
                fail(field + ".dates[" + period + "]", "'" + period + "' is not a period of this plan (periods: " + String.join(", ", codes) + ")");
            } else if (date == null) {
                fail(field + ".dates[" + period + "]", "must be a date (YYYY-MM-DD)");
            }
        });
        List<String> missing = codes.stream().filter(code -> !rule.dates().containsKey(code)).toList();
        if (!missing.isEmpty()) {
            fail(field + ".dates", "no deadline for period " + String.join(", ", missing));
        }
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
            checkIndicators(at, task.indicatorsOrEmpty(), indicatorCodes);
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

    private void checkIndicators(String at, List<IndicatorDocument> indicators, Map<String, String> seen) {
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
            List<IndicatorPart> parts = indicator.partsOrEmpty();
            if (parts.isEmpty() || indicator.target() == null) {
                continue;
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
