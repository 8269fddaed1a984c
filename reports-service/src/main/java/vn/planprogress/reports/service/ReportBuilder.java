package vn.planprogress.reports.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.api.CompletenessCounts;
import vn.planprogress.reports.api.DocumentInfo;
import vn.planprogress.reports.api.ExpectedSubmission;
import vn.planprogress.reports.api.IndicatorResult;
import vn.planprogress.reports.api.Remark;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.StatusCounts;
import vn.planprogress.reports.api.SubmissionOutcome;
import vn.planprogress.reports.api.TaskResult;
import vn.planprogress.reports.api.TaskStatus;
import vn.planprogress.reports.api.UnitRef;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.Submission;
import vn.planprogress.reports.domain.Deadlines;
import vn.planprogress.reports.domain.Percent;

/**
 * A plan's report from its digest and its submissions as they stood at {@code asOf}: a pure
 * function of its inputs (no I/O, no clock), so that every consumer gets the same figures.
 *
 * <ul>
 * <li>expected submissions: each task, each lead unit, each period of the report whose days the task's schedule overlaps;</li>
 * <li>on time when the first submitted revision is not after the end of the unit deadline day, late otherwise,
 *     missing when there is none;</li>
 * <li>an indicator's achieved value: the sum over lead and coordinating units and periods of each
 *     (unit, task, period)'s latest values (for an indicator with parts, the sum of its parts);</li>
 * <li>a task is DONE when every lead unit's latest status is DONE, OVERDUE when its schedule ended before the
 *     report date and it is not done, else IN_PROGRESS when a lead unit reports progress, else NOT_STARTED.
 *     A lead unit's latest status is that of its submission for the latest period of the report.</li>
 * </ul>
 */
public final class ReportBuilder {

    private static final String IN_PROGRESS = "IN_PROGRESS";

    private final PlanDigest plan;
    private final String period;
    private final Instant asOf;
    private final ZoneId zone;
    private final String defaultPlace;
    private final List<PlanDigest.Period> scope;
    private final Map<String, Integer> periodOrder = new HashMap<>();
    /** The submission of each (task, unit, period), by task code, then unit, then period. */
    private final Map<String, Map<String, Map<String, Submission>>> submissions = new HashMap<>();

    /**
     * @param period       the period reported on, or null for the whole year
     * @param defaultPlace the place of the document's date line when the plan states none
     */
    public ReportBuilder(PlanDigest plan, String period, Instant asOf, ZoneId zone, String defaultPlace) {
        this.plan = plan;
        this.period = period;
        this.asOf = asOf;
        this.zone = zone;
        this.defaultPlace = defaultPlace;
        List<PlanDigest.Period> periods = plan.periods() == null ? List.of() : plan.periods();
        this.scope = period == null ? periods : periods.stream().filter(p -> p.period().equals(period)).toList();
        for (int i = 0; i < scope.size(); i++) {
            periodOrder.put(scope.get(i).period(), i);
        }
    }

    public static Report build(PlanDigest plan, String period, Instant asOf, ZoneId zone, String defaultPlace,
                               Iterable<Submission> submissions) {
        ReportBuilder builder = new ReportBuilder(plan, period, asOf, zone, defaultPlace);
        submissions.forEach(builder::add);
        return builder.build();
    }

    /** Takes one submission into account; drafts and submissions outside the report's periods are left out. */
    public ReportBuilder add(Submission submission) {
        if (Submission.DRAFT.equals(submission.state()) || !periodOrder.containsKey(submission.period())) {
            return this;
        }
        Map<String, Submission> byPeriod = submissions
                .computeIfAbsent(submission.taskCode(), code -> new HashMap<>())
                .computeIfAbsent(submission.unitCode(), code -> new HashMap<>());
        byPeriod.merge(submission.period(), submission, ReportBuilder::later);
        return this;
    }

    public Report build() {
        LocalDate reportDate = LocalDate.ofInstant(asOf, zone);
        List<TaskResult> tasks = new ArrayList<>();
        List<ExpectedSubmission> expected = new ArrayList<>();
        List<Remark> difficulties = new ArrayList<>();
        List<Remark> proposals = new ArrayList<>();
        int[] byStatus = new int[TaskStatus.values().length];
        for (PlanDigest.Task task : plan.tasks() == null ? List.<PlanDigest.Task>of() : plan.tasks()) {
            Map<String, Map<String, Submission>> byUnit = submissions.getOrDefault(task.code(), Map.of());
            List<TaskResult.LeadUnit> leads = task.leadUnitsOrEmpty().stream()
                    .map(unit -> new TaskResult.LeadUnit(unit, plan.unitName(unit), latestStatus(byUnit.get(unit))))
                    .toList();
            TaskStatus status = statusOf(task, leads, reportDate);
            byStatus[status.ordinal()]++;
            tasks.add(new TaskResult(task.code(), task.title(), leads, task.coordinatingUnitsOrEmpty(),
                    new TaskResult.Schedule(task.scheduleKind(), task.scheduleLabel(), task.effectiveFrom(), task.effectiveTo()),
                    status, indicators(task, byUnit)));
            expect(task, byUnit, expected);
            remarks(task, byUnit, difficulties, proposals);
        }
        return new Report(plan.planId(), plan.number(), plan.title(), plan.year(), period,
                scope.stream().map(PlanDigest.Period::period).toList(), asOf, reportDate,
                new StatusCounts(tasks.size(), byStatus[TaskStatus.DONE.ordinal()], byStatus[TaskStatus.IN_PROGRESS.ordinal()],
                        byStatus[TaskStatus.NOT_STARTED.ordinal()], byStatus[TaskStatus.OVERDUE.ordinal()]),
                tasks, completeness(expected), difficulties, proposals, documentInfo());
    }

    private String latestStatus(Map<String, Submission> byPeriod) {
        if (byPeriod == null || byPeriod.isEmpty()) {
            return null;
        }
        return byPeriod.values().stream()
                .max(Comparator.comparing((Submission s) -> periodOrder.get(s.period())).thenComparing(Submission::submittedAt,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .map(Submission::status)
                .orElse(null);
    }

    private static TaskStatus statusOf(PlanDigest.Task task, List<TaskResult.LeadUnit> leads, LocalDate reportDate) {
        if (!leads.isEmpty() && leads.stream().allMatch(lead -> Submission.DONE.equals(lead.status()))) {
            return TaskStatus.DONE;
        }
        if (task.effectiveTo() != null && task.effectiveTo().isBefore(reportDate)) {
            return TaskStatus.OVERDUE;
        }
        boolean progressing = leads.stream().anyMatch(lead -> IN_PROGRESS.equals(lead.status()) || Submission.DONE.equals(lead.status()));
        return progressing ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }

    private List<IndicatorResult> indicators(PlanDigest.Task task, Map<String, Map<String, Submission>> byUnit) {
        Set<String> contributing = new LinkedHashSet<>(task.leadUnitsOrEmpty());
        contributing.addAll(task.coordinatingUnitsOrEmpty());
        Map<String, BigDecimal> sums = new HashMap<>();
        for (String unit : contributing) {
            for (Submission submission : byUnit.getOrDefault(unit, Map.of()).values()) {
                for (Submission.Value value : submission.valuesOrEmpty()) {
                    if (value.value() != null) {
                        sums.merge(keyOf(value.indicatorCode(), value.partCode()), value.value(), BigDecimal::add);
                    }
                }
            }
        }
        List<IndicatorResult> results = new ArrayList<>();
        for (PlanDigest.Indicator indicator : task.indicatorsOrEmpty()) {
            List<IndicatorResult.PartResult> parts = new ArrayList<>();
            BigDecimal achieved = BigDecimal.ZERO;
            for (PlanDigest.Part part : indicator.partsOrEmpty()) {
                BigDecimal partAchieved = sums.getOrDefault(keyOf(indicator.code(), part.code()), BigDecimal.ZERO);
                achieved = achieved.add(partAchieved);
                parts.add(new IndicatorResult.PartResult(part.code(), part.name(), Percent.plain(part.target()),
                        Percent.plain(partAchieved), Percent.of(partAchieved, part.target())));
            }
            if (parts.isEmpty()) {
                achieved = sums.getOrDefault(keyOf(indicator.code(), null), BigDecimal.ZERO);
            }
            results.add(new IndicatorResult(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
                    Percent.plain(indicator.target()), Percent.plain(achieved), Percent.of(achieved, indicator.target()), parts));
        }
        return results;
    }

    private static String keyOf(String indicatorCode, String partCode) {
        return partCode == null ? indicatorCode : indicatorCode + '\u0000' + partCode;
    }

    private void expect(PlanDigest.Task task, Map<String, Map<String, Submission>> byUnit, List<ExpectedSubmission> expected) {
        for (PlanDigest.Period reportingPeriod : scope) {
            if (task.effectiveFrom() == null || task.effectiveTo() == null || !task.overlaps(reportingPeriod)) {
                continue;
            }
            for (String unit : task.leadUnitsOrEmpty()) {
                Submission submission = byUnit.getOrDefault(unit, Map.of()).get(reportingPeriod.period());
                expected.add(outcomeOf(task.code(), unit, reportingPeriod, submission));
            }
        }
    }

    private ExpectedSubmission outcomeOf(String taskCode, String unit, PlanDigest.Period reportingPeriod, Submission submission) {
        if (submission == null) {
            return new ExpectedSubmission(taskCode, unit, reportingPeriod.period(), reportingPeriod.unitDeadline(),
                    SubmissionOutcome.MISSING, null);
        }
        Instant first = submission.firstSubmittedAt() != null ? submission.firstSubmittedAt() : submission.submittedAt();
        SubmissionOutcome outcome = Deadlines.isMet(first, reportingPeriod.unitDeadline(), zone)
                ? SubmissionOutcome.ON_TIME : SubmissionOutcome.LATE;
        return new ExpectedSubmission(taskCode, unit, reportingPeriod.period(), reportingPeriod.unitDeadline(), outcome, first);
    }

    private Completeness completeness(List<ExpectedSubmission> expected) {
        int onTime = 0;
        int late = 0;
        Map<String, List<Completeness.TaskPeriod>> missing = new LinkedHashMap<>();
        Map<String, List<Completeness.TaskPeriod>> lateByUnit = new LinkedHashMap<>();
        for (ExpectedSubmission item : expected) {
            Completeness.TaskPeriod what = new Completeness.TaskPeriod(item.taskCode(), item.period());
            switch (item.outcome()) {
                case ON_TIME -> onTime++;
                case LATE -> {
                    late++;
                    lateByUnit.computeIfAbsent(item.unitCode(), unit -> new ArrayList<>()).add(what);
                }
                case MISSING -> missing.computeIfAbsent(item.unitCode(), unit -> new ArrayList<>()).add(what);
            }
        }
        int missingCount = expected.size() - onTime - late;
        return new Completeness(new CompletenessCounts(expected.size(), onTime + late, onTime, late, missingCount),
                unitsOf(missing), unitsOf(lateByUnit), expected);
    }

    private List<Completeness.UnitSubmissions> unitsOf(Map<String, List<Completeness.TaskPeriod>> byUnit) {
        return byUnit.entrySet().stream()
                .map(e -> new Completeness.UnitSubmissions(e.getKey(), plan.unitName(e.getKey()), e.getValue()))
                .toList();
    }

    private void remarks(PlanDigest.Task task, Map<String, Map<String, Submission>> byUnit,
                         List<Remark> difficulties, List<Remark> proposals) {
        Set<String> units = new LinkedHashSet<>(task.leadUnitsOrEmpty());
        units.addAll(task.coordinatingUnitsOrEmpty());
        for (String unit : units) {
            byUnit.getOrDefault(unit, Map.of()).values().stream()
                    .sorted(Comparator.comparing(s -> periodOrder.get(s.period())))
                    .forEach(s -> {
                        if (s.difficulties() != null && !s.difficulties().isBlank()) {
                            difficulties.add(new Remark(unit, plan.unitName(unit), task.code(), s.period(), s.difficulties()));
                        }
                        if (s.proposals() != null && !s.proposals().isBlank()) {
                            proposals.add(new Remark(unit, plan.unitName(unit), task.code(), s.period(), s.proposals()));
                        }
                    });
        }
    }

    private DocumentInfo documentInfo() {
        String parentBody = plan.unit(plan.ownerUnit()).map(PlanDigest.Unit::parentCode).map(plan::unitName).orElse(null);
        UnitRef consolidation = plan.consolidationUnit() == null ? null
                : new UnitRef(plan.consolidationUnit(), plan.unitName(plan.consolidationUnit()));
        return new DocumentInfo(new UnitRef(plan.ownerUnit(), plan.unitName(plan.ownerUnit())), parentBody,
                plan.place() != null && !plan.place().isBlank() ? plan.place() : defaultPlace, consolidation, recipients(),
                plan.signer() == null ? null : plan.signer().title(), plan.signer() == null ? null : plan.signer().name());
    }

    /** Nơi nhận of the report: the body it reports to, the one it goes through, and the archive; else the plan's own. */
    private List<String> recipients() {
        PlanDigest.ReportRecipient to = plan.reportTo();
        if (to == null || to.unit() == null) {
            return plan.recipients() == null ? List.of() : plan.recipients();
        }
        List<String> recipients = new ArrayList<>();
        recipients.add(plan.unit(to.unit()).map(u -> u.shortName() != null ? u.shortName() : u.name()).orElse(to.unit()) + " (b/cáo)");
        if (to.via() != null) {
            recipients.add(plan.unitName(to.via()));
        }
        recipients.add("Lưu: VT" + (plan.consolidationUnit() == null ? "" : ", " + plan.consolidationUnit()));
        return recipients;
    }

    private static Submission later(Submission a, Submission b) {
        if (a.revision() != b.revision()) {
            return a.revision() > b.revision() ? a : b;
        }
        return a.submittedAt() != null && b.submittedAt() != null && a.submittedAt().isAfter(b.submittedAt()) ? a : b;
    }
}
