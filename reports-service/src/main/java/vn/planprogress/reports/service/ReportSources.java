package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;
import vn.planprogress.calendar.InvalidPeriod;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.client.LockException;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.PlanSummary;
import vn.planprogress.reports.client.Plans;
import vn.planprogress.reports.client.Progress;
import vn.planprogress.reports.client.Submission;
import vn.planprogress.reports.config.ReportsSettings;

/**
 * Reads what a report is built from: the plan's digest and lock exceptions from the plans service and its
 * submissions from the progress service, every page of them. Any failure on the way fails the whole
 * read with 503 and Retry-After: a report is never built from part of its data.
 */
@ApplicationScoped
public class ReportSources {

    private static final String RETURNED = "RETURNED";

    private static final Logger LOG = Logger.getLogger(ReportSources.class);
    private static final String ISSUED = "ISSUED";
    private static final String DRAFT = "DRAFT";

    private final Plans plans;
    private final Progress progress;
    private final ParallelReads reads;
    private final ReportsSettings settings;
    private final BusinessTime time;

    @Inject
    public ReportSources(Plans plans, Progress progress, ParallelReads reads, ReportsSettings settings, BusinessTime time) {
        this.plans = plans;
        this.progress = progress;
        this.reads = reads;
        this.settings = settings;
        this.time = time;
    }

    /** The plan's report; 404 for an unknown plan, 400 naming {@code period} when the plan has no such period. */
    @Timeout(60_000)
    @Fallback(fallbackMethod = "unreachable", skipOn = ProblemException.class)
    public Report read(UUID planId, String period, Instant asOf) {
        PlanDigest digest = digestOf(planId);
        if (period != null && digest.period(period).isEmpty()) {
            try {
                vn.planprogress.calendar.Period.parse(period);
            } catch (InvalidPeriod malformed) {
                throw ProblemException.invalid("period", "'" + period + "' is not a period code: " + malformed.rule());
            }
            throw ProblemException.invalid("period", "'" + period + "' is not a reporting period of plan "
                    + (digest.number() == null ? planId : digest.number()) + "; its periods are "
                    + digest.periods().stream().map(PlanDigest.Period::period).collect(Collectors.joining(", ")));
        }
        return collect(digest, period, asOf);
    }

    /** The plan's digest; 404 for an unknown plan. */
    @Timeout(60_000)
    @Fallback(fallbackMethod = "digestUnreachable", skipOn = ProblemException.class)
    public PlanDigest digest(UUID planId) {
        return digestOf(planId);
    }

    /** The report of a plan whose digest is at hand, for one of its periods (or the whole year). */
    @Timeout(60_000)
    @Fallback(fallbackMethod = "reportUnreachable", skipOn = ProblemException.class)
    public Report report(PlanDigest digest, String period, Instant asOf) {
        return collect(digest, period, asOf);
    }

    private PlanDigest digestOf(UUID planId) {
        return plans.digest(planId).orElseThrow(() -> ProblemException.notFound("plan", planId));
    }

    private Report collect(PlanDigest digest, String period, Instant asOf) {
        // Only a plan whose periods lock can have lock exceptions; read with the digest, never cached.
        List<LockException> lockExceptions = digest.locks() ? plans.lockExceptions(digest.planId(), period) : List.of();
        ReportBuilder builder = new ReportBuilder(digest, period, asOf, time.calendar(), settings.document().place(), lockExceptions);
        eachSubmission(digest, period, asOf, builder::add);
        return builder.build();
    }

    /** Trả lại: the period's submissions that stood returned for more at {@code asOf}, for the consolidation unit's digest. */
    @Timeout(60_000)
    public List<Submission> returned(PlanDigest digest, String period, Instant asOf) {
        List<Submission> returned = new ArrayList<>();
        eachSubmission(digest, period, asOf, s -> {
            if (RETURNED.equals(s.state())) {
                returned.add(s);
            }
        });
        return returned;
    }

    /**
     * Every submission of the plan as of {@code asOf}, page by page in order. The first page says how many
     * there are; the rest are read a few at a time: the list as of an instant stands still, so its pages
     * read together are the pages read one after the other.
     */
    private void eachSubmission(PlanDigest digest, String period, Instant asOf, Consumer<Submission> each) {
        Submission.Page first = progress.page(digest.planId(), period, asOf, 0);
        List<Integer> rest = first.items().isEmpty() ? List.of() : IntStream.range(1, first.totalPages()).boxed().toList();
        List<Submission.Page> pages = new ArrayList<>(List.of(first));
        pages.addAll(reads.map(rest, page -> progress.page(digest.planId(), period, asOf, page)));
        long read = 0;
        for (Submission.Page page : pages) {
            page.items().forEach(each);
            read += page.items().size();
        }
        if (read != first.totalItems()) {
            throw new IllegalStateException("The progress service listed " + first.totalItems() + " submissions of plan "
                    + digest.planId() + " but gave " + read + " over its pages");
        }
    }

    /** Every issued plan, read page after page. */
    @Timeout(60_000)
    @Fallback(fallbackMethod = "plansUnreachable", skipOn = ProblemException.class)
    public List<PlanSummary> issuedPlans() {
        return allPlans(ISSUED, null);
    }

    /** The plans, issued or closed, that implement the parent plan of this number (e.g. 34/KH-UBND). */
    @Timeout(60_000)
    @Fallback(fallbackMethod = "implementingUnreachable", skipOn = ProblemException.class)
    public List<PlanSummary> plansImplementing(String parentPlanNumber) {
        return allPlans(null, parentPlanNumber).stream().filter(plan -> !DRAFT.equals(plan.status())).toList();
    }

    private List<PlanSummary> allPlans(String status, String parentPlanNumber) {
        List<PlanSummary> all = new ArrayList<>();
        int page = 0;
        PlanSummary.Page current;
        do {
            current = plans.list(status, parentPlanNumber, page++);
            all.addAll(current.items());
        } while (page < current.totalPages() && !current.items().isEmpty());
        return all;
    }

    Report unreachable(UUID planId, String period, Instant asOf, Throwable failure) {
        throw unavailable("plan " + planId, failure);
    }

    PlanDigest digestUnreachable(UUID planId, Throwable failure) {
        throw unavailable("plan " + planId, failure);
    }

    Report reportUnreachable(PlanDigest digest, String period, Instant asOf, Throwable failure) {
        throw unavailable("plan " + digest.planId(), failure);
    }

    List<PlanSummary> plansUnreachable(Throwable failure) {
        throw unavailable("the issued plans", failure);
    }

    List<PlanSummary> implementingUnreachable(String parentPlanNumber, Throwable failure) {
        throw unavailable("the plans implementing " + parentPlanNumber, failure);
    }

    private ProblemException unavailable(String what, Throwable failure) {
        LOG.warnf("The sources of %s could not be read: %s", what, failure.toString());
        return ProblemException.unavailable("The plans or progress service is not reachable or too slow, so the report on "
                + what + " cannot be built from all of its data; nothing was built or stored, retry shortly",
                (int) settings.sourcesRetryAfter().toSeconds());
    }
}
