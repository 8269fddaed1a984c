package vn.planprogress.plans.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.planprogress.plans.api.IndicatorDocument;
import vn.planprogress.plans.api.PlanDigest;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.PlanSummary;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.ReportingPeriod;
import vn.planprogress.plans.api.Schedule;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.api.UnitGroup;
import vn.planprogress.plans.domain.Indicator;
import vn.planprogress.plans.domain.Plan;
import vn.planprogress.plans.domain.Task;
import vn.planprogress.plans.domain.TaskUnit;
import vn.planprogress.plans.domain.UnitDirectory;
import vn.planprogress.plans.service.PlanRules;

/** Plans between their entities and the API's documents, both ways, in one place. */
public final class PlanMapper {

    private PlanMapper() {
    }

    /** The plan as the API shows it, its reporting with {@code periods} (the plan's calendar; null when not needed). */
    public static PlanDocument toDocument(Plan plan, List<ReportingPeriod> periods) {
        return new PlanDocument(plan.id, plan.number(), plan.title, plan.year, plan.ownerUnit, plan.issuedOn, plan.place,
                plan.signer, plan.parentPlanRef, List.copyOf(plan.legalBases), plan.preamble, List.copyOf(plan.purposes),
                List.copyOf(plan.contentSections), plan.tasks.stream().map(PlanMapper::toDocument).toList(),
                plan.budgetSource, List.copyOf(plan.implementation), List.copyOf(plan.recipients),
                plan.reporting.withPeriods(periods),
                plan.status, plan.amendment, plan.version, plan.createdAt, plan.updatedAt);
    }

    public static TaskDocument toDocument(Task task) {
        Schedule schedule = new Schedule(task.scheduleKind, task.scheduleQuarters, task.scheduleFrom, task.scheduleTo,
                task.scheduleLabel, task.effectiveFrom, task.effectiveTo);
        return new TaskDocument(task.code, task.title, task.leadUnits(), task.namedCoordinatingUnits(),
                List.copyOf(task.coordinatingGroups), schedule,
                task.indicators.stream().map(PlanMapper::toDocument).toList(),
                List.copyOf(task.contentRefs), task.coordinatingUnits());
    }

    private static IndicatorDocument toDocument(Indicator indicator) {
        return new IndicatorDocument(indicator.code, indicator.name, indicator.unitOfMeasure, plain(indicator.target),
                List.copyOf(indicator.parts), indicator.measure, indicator.direction, indicator.aggregation, indicator.baseline,
                plain(indicator.periodTargets), plain(indicator.weights));
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }

    private static Map<String, BigDecimal> plain(Map<String, BigDecimal> values) {
        if (values == null) {
            return null;
        }
        Map<String, BigDecimal> plain = new LinkedHashMap<>();
        values.forEach((key, value) -> plain.put(key, plain(value)));
        return plain;
    }

    public static PlanSummary toSummary(Plan plan) {
        return new PlanSummary(plan.id, plan.number(), plan.title, plan.year, plan.ownerUnit, plan.issuedOn, plan.status,
                plan.parentPlanNumber, plan.tasks.size(), plan.version);
    }

    public static PlanDigest toDigest(Plan plan, UnitDirectory units, List<ReportingPeriod> periods) {
        Set<String> named = new TreeSet<>(List.of(plan.ownerUnit, plan.consolidationUnit));
        List<PlanDigest.Task> tasks = new ArrayList<>();
        for (Task task : plan.tasks) {
            named.addAll(task.leadUnits());
            named.addAll(task.coordinatingUnits());
            tasks.add(new PlanDigest.Task(task.code, task.title, task.leadUnits(), task.coordinatingUnits(),
                    task.scheduleKind, task.scheduleLabel, task.effectiveFrom, task.effectiveTo,
                    task.indicators.stream().map(i -> new PlanDigest.Indicator(i.code, i.name, i.unitOfMeasure, plain(i.target),
                            List.copyOf(i.parts), i.measure, i.direction, i.aggregation, i.baseline, plain(i.periodTargets),
                            plain(i.weights))).toList()));
        }
        if (plan.reporting.reportTo() != null) {
            named.add(plan.reporting.reportTo().unit());
            if (plan.reporting.reportTo().via() != null) {
                named.add(plan.reporting.reportTo().via());
            }
        }
        List<PlanDigest.Unit> unitList = named.stream()
                .map(units::get)
                .filter(java.util.Objects::nonNull)
                .map(u -> new PlanDigest.Unit(u.code, u.name, u.shortName, u.kind, u.parentCode, List.copyOf(u.contactEmails)))
                .toList();
        return new PlanDigest(plan.id, plan.number(), plan.title, plan.year, plan.ownerUnit, plan.place, plan.status, plan.amendment,
                plan.version, plan.reporting.periodTypes().isEmpty() ? null : plan.reporting.periodTypes().get(0), plan.reporting.periodTypes(), plan.reporting.windowOrDefault(),
                plan.consolidationUnit, plan.reporting.reportTo(), plan.parentPlanRef, plan.signer, List.copyOf(plan.recipients),
                periods, tasks, unitList);
    }

    /**
     * Writes a checked document's content into {@code plan}, replacing its tasks. The caller flushes
     * the removal of the old tasks first, so that reused codes do not collide.
     */
    public static void apply(PlanDocument document, Plan plan, UnitDirectory units) {
        plan.numberSymbol = document.number() == null ? "KH-" + document.ownerUnit() : document.number();
        plan.title = document.title();
        plan.year = document.year();
        plan.ownerUnit = document.ownerUnit();
        plan.issuedOn = document.issuedOn();
        plan.place = document.place();
        plan.signer = document.signer();
        plan.parentPlanRef = document.parentPlanRef();
        plan.legalBases = new ArrayList<>(document.legalBasesOrEmpty());
        plan.preamble = document.preamble();
        plan.purposes = new ArrayList<>(document.purposesOrEmpty());
        plan.contentSections = new ArrayList<>(document.contentSectionsOrEmpty());
        plan.implementation = new ArrayList<>(document.implementationOrEmpty());
        plan.budgetSource = document.budgetSource();
        plan.recipients = new ArrayList<>(document.recipientsOrEmpty());
        Reporting reporting = document.reporting();
        plan.reporting = reporting.asGiven();
        plan.consolidationUnit = reporting.consolidationUnit();
        for (int i = 0; i < document.tasks().size(); i++) {
            plan.tasks.add(toTask(document.tasks().get(i), i, plan, units));
        }
    }

    private static Task toTask(TaskDocument document, int position, Plan plan, UnitDirectory units) {
        Task task = new Task();
        task.plan = plan;
        task.position = position;
        task.code = document.code();
        task.title = document.title();
        Schedule schedule = document.schedule();
        task.scheduleKind = schedule.kind();
        task.scheduleQuarters = schedule.quarters() == null || schedule.quarters().isEmpty() ? null
                : List.copyOf(schedule.quarters());
        task.scheduleFrom = schedule.from();
        task.scheduleTo = schedule.to();
        task.scheduleLabel = schedule.label();
        LocalDate[] effective = PlanRules.effectiveDates(schedule, plan.year);
        task.effectiveFrom = effective[0];
        task.effectiveTo = effective[1];
        task.contentRefs = new ArrayList<>(document.contentRefsOrEmpty());
        task.coordinatingGroups = new ArrayList<>(document.coordinatingGroupsOrEmpty());
        Set<String> leads = new LinkedHashSet<>(document.leadUnits());
        leads.forEach(code -> task.units.add(taskUnit(task, code, TaskUnit.Role.LEAD, false)));
        Set<String> coordinating = new LinkedHashSet<>(document.coordinatingUnitsOrEmpty());
        coordinating.forEach(code -> task.units.add(taskUnit(task, code, TaskUnit.Role.COORDINATING, false)));
        for (UnitGroup group : document.coordinatingGroupsOrEmpty()) {
            for (String code : units.childrenOf(group.parentUnit())) {
                if (!leads.contains(code) && coordinating.add(code)) {
                    task.units.add(taskUnit(task, code, TaskUnit.Role.COORDINATING, true));
                }
            }
        }
        List<IndicatorDocument> indicators = document.indicatorsOrEmpty();
        for (int k = 0; k < indicators.size(); k++) {
            task.indicators.add(toIndicator(indicators.get(k), k, task));
        }
        return task;
    }

    private static TaskUnit taskUnit(Task task, String code, TaskUnit.Role role, boolean viaGroup) {
        TaskUnit unit = new TaskUnit();
        unit.task = task;
        unit.unitCode = code;
        unit.role = role;
        unit.position = task.units.size();
        unit.viaGroup = viaGroup;
        return unit;
    }

    private static Indicator toIndicator(IndicatorDocument document, int position, Task task) {
        Indicator indicator = new Indicator();
        indicator.planId = task.plan.id;
        indicator.task = task;
        indicator.position = position;
        indicator.code = document.code();
        indicator.name = document.name();
        indicator.unitOfMeasure = document.unitOfMeasure();
        indicator.target = document.target();
        indicator.parts = new ArrayList<>(document.partsOrEmpty());
        indicator.measure = document.measureOrDefault();
        indicator.direction = document.directionOrDefault();
        indicator.aggregation = document.aggregationOrDefault();
        indicator.baseline = document.baseline();
        indicator.periodTargets = document.periodTargets() == null || document.periodTargets().isEmpty() ? null
                : new LinkedHashMap<>(document.periodTargets());
        indicator.weights = document.weights() == null || document.weights().isEmpty() ? null : new LinkedHashMap<>(document.weights());
        return indicator;
    }
}
