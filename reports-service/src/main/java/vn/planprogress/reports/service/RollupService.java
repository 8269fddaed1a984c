package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.reports.api.CompletenessCounts;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.Rollup;
import vn.planprogress.reports.api.StatusCounts;
import vn.planprogress.reports.api.UnitRef;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.PlanSummary;

/** The provincial roll-up: each implementing plan's report, reduced to its totals, and their sums. */
@ApplicationScoped
public class RollupService {

    private final ReportSources sources;
    private final ReportService reports;
    private final ParallelReads reads;

    @Inject
    public RollupService(ReportSources sources, ReportService reports, ParallelReads reads) {
        this.sources = sources;
        this.reports = reports;
        this.reads = reads;
    }

    public Rollup rollup(String parentPlanNumber, String periodText, Instant asOfAsked) {
        String parent = ReportService.blankToNull(parentPlanNumber);
        if (parent == null) {
            throw ProblemException.invalid("parentPlanNumber", "is required: the number of the parent plan, e.g. 34/KH-UBND");
        }
        String period = ReportService.blankToNull(periodText);
        Instant asOf = reports.asOf(asOfAsked);
        List<PlanSummary> plans = sources.plansImplementing(parent);
        if (plans.isEmpty()) {
            throw ProblemException.of(ProblemType.NOT_FOUND, "No issued plan implements " + parent);
        }
        List<PlanDigest> digests = reads.map(plans, plan -> sources.digest(plan.id()));
        List<String> without = digests.stream().filter(d -> period != null && d.period(period).isEmpty()).map(PlanDigest::number).toList();
        if (!without.isEmpty()) {
            throw ProblemException.invalid("period", "'" + period + "' is not a reporting period of plan(s) " + String.join(", ", without)
                    + "; roll up the whole year, or a period every plan has");
        }
        List<Rollup.PlanTotals> totals = new ArrayList<>(reads.map(digests, digest -> totalsOf(sources.report(digest, period, asOf))));
        StatusCounts tasks = StatusCounts.NONE;
        CompletenessCounts completeness = CompletenessCounts.NONE;
        for (Rollup.PlanTotals plan : totals) {
            tasks = tasks.plus(plan.tasksByStatus());
            completeness = completeness.plus(plan.completeness());
        }
        totals.sort(Comparator.comparing((Rollup.PlanTotals p) -> p.ownerUnit().code()).thenComparing(Rollup.PlanTotals::planNumber));
        return new Rollup(parent, period, asOf, totals, tasks, completeness);
    }

    /** A plan's report reduced to its totals, read a few plans at a time, so that no more reports than that are held at once. */
    private static Rollup.PlanTotals totalsOf(Report report) {
        return new Rollup.PlanTotals(report.planId(), report.planNumber(), report.planTitle(), report.document().issuer(),
                report.tasksByStatus(), report.completeness().counts(),
                report.completeness().missingUnits().stream().map(u -> new UnitRef(u.code(), u.name())).toList());
    }
}
