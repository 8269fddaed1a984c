package vn.planprogress.reports.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.DateRange;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.WindowKind;
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
import vn.planprogress.reports.client.LockException;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.Submission;

/**
 * A plan's report from its digest, its lock exceptions and its submissions as they stood at {@code asOf}: a pure
 * function of its inputs (no I/O, no clock), so that every consumer gets the same figures.
 *
 * <ul>
 * <li>expected submissions: each task, each lead unit, each period of the report whose window (the digest's
 *     {@code from}..{@code to}) the task's schedule overlaps;</li>
 * <li>on time when the first submitted revision is before the end of the unit deadline day (business zone), late
 *     otherwise, missing when there is none; a late one first entered after its period locked names the lock
 *     exception it was entered under;</li>
 * <li>indicators: see {@link IndicatorResult}, counted by {@link IndicatorTotals} on the periods of the report's
 *     shortest period type;</li>
 * <li>a task is DONE when every lead unit's latest status is DONE, OVERDUE when its schedule has ended before the
 *     report date and it is not done, else IN_PROGRESS when a lead unit reports progress, else NOT_STARTED. On a
 *     cut-off plan the schedule ends with the window that reports its last day (of the plan's shortest period type
 *     whose windows hold that day). A lead unit's latest status is that of its submission for the latest period of
 *     the report.</li>
 * </ul>
 */
public final class ReportBuilder {

    private static final String IN_PROGRESS = "IN_PROGRESS";

    private final PlanDigest plan;
    private final String period;
    private final Instant asOf;
    private final BusinessTime time;
    private final String defaultPlace;
    private final List<LockException> lockExceptions;
    /** The report's periods by window end, the shorter first on the same day. */
    private final List<PlanDigest.Period> scope;
    /** The periods indicators are counted on: the scope's of its shortest type. */
    private final List<PlanDigest.Period> counted;
    private final Map<String, Integer> periodOrder = new HashMap<>();
    /** The submission of each (task, unit, period), by task code, then unit, then period. */
    private final Map<String, Map<String, Map<String, Submission>>> submissions = new HashMap<>();

    /**
     * @param period         the period reported on, or null for the whole year
     * @param defaultPlace   the place of the document's date line when the plan states none
     * @param lockExceptions the plan's lock exceptions (those of the period suffice for a one-period report)
     */
    public ReportBuilder(PlanDigest plan, String period, Instant asOf, BusinessTime time, String defaultPlace,
                         List<LockException> lockExceptions) {
        this.plan = plan;
        this.period = period;
        this.asOf = asOf;
        this.time = time;
        this.defaultPlace = defaultPlace;
        this.lockExceptions = lockExceptions == null ? List.of() : lockExceptions;
        this.scope = plan.periodsOrEmpty().stream()
                .filter(p -> period == null || p.period().equals(period))
                .sorted(Comparator.comparing(PlanDigest.Period::to).thenComparingInt(p -> p.type().months()))
                .toList();
        for (int i = 0; i < scope.size(); i++) {
            periodOrder.put(scope.get(i).period(), i);
        }
        Optional<PeriodType> countedType = scope.stream().map(PlanDigest.Period::type)
                // Nine months does not tile the year: counted on alone only.
                .min(Comparator.comparing((PeriodType type) -> type == PeriodType.NINE_MONTHS).thenComparingInt(PeriodType::months));
        this.counted = scope.stream().filter(p -> countedType.isPresent() && p.type() == countedType.get()).toList();
    }

    public static Report build(PlanDigest plan, String period, Instant asOf, BusinessTime time, String defaultPlace,
                               List<LockException> lockExceptions, Iterable<Submission> submissions) {
        ReportBuilder builder = new ReportBuilder(plan, period, asOf, time, defaultPlace, lockExceptions);
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
        LocalDate reportDate = time.dateOf(asOf);
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

    private TaskStatus statusOf(PlanDigest.Task task, List<TaskResult.LeadUnit> leads, LocalDate reportDate) {
        if (!leads.isEmpty() && leads.stream().allMatch(lead -> Submission.DONE.equals(lead.status()))) {
            return TaskStatus.DONE;
        }
        if (task.effectiveTo() != null && reportedUntil(task.effectiveTo()).isBefore(reportDate)) {
            return TaskStatus.OVERDUE;
        }
        boolean progressing = leads.stream().anyMatch(lead -> IN_PROGRESS.equals(lead.status()) || Submission.DONE.equals(lead.status()));
        return progressing ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
    }

    /**
     * The last day of the window a task ending on {@code end} is reported in: on a calendar plan that day itself; on
     * a cut-off plan the end of the window that holds it, of the plan's shortest type whose windows hold it.
     */
    private LocalDate reportedUntil(LocalDate end) {
        if (plan.windowKind() != WindowKind.CUT_OFF) {
            return end;
        }
        for (PeriodType type : plan.typesShortestFirst()) {
            for (int year = end.getYear(); year <= end.getYear() + 1; year++) {
                for (vn.planprogress.calendar.Period candidate : type.periodsOf(year)) {
                    DateRange window = candidate.window(WindowKind.CUT_OFF);
                    if (window.contains(end)) {
                        return window.to();
                    }
                }
            }
        }
        return end;
    }

    private List<IndicatorResult> indicators(PlanDigest.Task task, Map<String, Map<String, Submission>> byUnit) {
        Set<String> contributing = new LinkedHashSet<>(task.leadUnitsOrEmpty());
        contributing.addAll(task.coordinatingUnitsOrEmpty());
        List<IndicatorTotals.UnitSubmissions> units = contributing.stream().map(unit -> {
            Map<String, Submission> byPeriod = byUnit.getOrDefault(unit, Map.of());
            List<Submission> inOrder = counted.stream().map(p -> byPeriod.get(p.period())).filter(s -> s != null).toList();
            return new IndicatorTotals.UnitSubmissions(unit, plan.unitName(unit), inOrder);
        }).toList();
        IndicatorTotals totals = new IndicatorTotals(units, scope.size() == 1 ? scope.get(0).period() : null);
        return task.indicatorsOrEmpty().stream().map(totals::of).toList();
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
        SubmissionOutcome outcome = reportingPeriod.unitDeadline() == null || time.isOnTime(first, reportingPeriod.unitDeadline())
                ? SubmissionOutcome.ON_TIME : SubmissionOutcome.LATE;
        return new ExpectedSubmission(taskCode, unit, reportingPeriod.period(), reportingPeriod.unitDeadline(), outcome, first,
                enteredUnder(unit, reportingPeriod, first));
    }

    /**
     * The lock exception a first revision entered after its period locked came in under: one for the unit and the
     * period, made by then, whose day {@code until} had not ended. Null when the entry was not after the lock.
     */
    private ExpectedSubmission.AppliedLockException enteredUnder(String unit, PlanDigest.Period reportingPeriod, Instant first) {
        if (reportingPeriod.locksAfter() == null || time.isOnTime(first, reportingPeriod.locksAfter())) {
            return null;
        }
        return lockExceptions.stream()
                .filter(e -> unit.equals(e.unitCode()) && reportingPeriod.period().equals(e.period()) && e.until() != null
                        && time.isOnTime(first, e.until()) && (e.createdAt() == null || !e.createdAt().isAfter(first)))
                .findFirst()
                .map(e -> new ExpectedSubmission.AppliedLockException(e.id(), e.until(), e.reason(), e.createdBy()))
                .orElse(null);
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
