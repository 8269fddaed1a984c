package vn.planprogress.progress.service;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.Fallback;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.jboss.logging.Logger;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.progress.client.LockException;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.client.Plans;
import vn.planprogress.progress.config.ProgressSettings;

/**
 * What plans say, as submissions are checked against it: their digests and their lock exceptions. An issued (or closed) plan changes only by
 * amendment, so its digest is kept in memory for a few minutes and a burst of submissions does not
 * call the plans service each time; a draft is dropped as soon as it is read, and an unknown plan or a
 * failure is never kept.
 */
@ApplicationScoped
public class PlanCatalog {

    public static final String CACHE = "plan-digests";
    private static final Logger LOG = Logger.getLogger(PlanCatalog.class);

    private final Plans plans;
    private final Cache cache;
    private final ProgressSettings settings;

    @Inject
    public PlanCatalog(Plans plans, @CacheName(CACHE) Cache cache, ProgressSettings settings) {
        this.plans = plans;
        this.cache = cache;
        this.settings = settings;
    }

    /**
     * The plan's digest; 400 naming planId when there is no such plan, 503 when the plans service cannot
     * say. Requests that arrive together for a plan not yet kept share one call to the plans service.
     */
    public PlanDigest plan(UUID planId) {
        PlanDigest digest = cache.get(planId, this::fetch).await().indefinitely();
        if (!digest.isFrozen()) {
            cache.invalidate(planId).await().indefinitely();
        }
        return digest;
    }

    /** Asks the plans service, within a time limit that covers its retries; only a kept plan skips this. */
    @Timeout
    @Fallback(fallbackMethod = "unreachable", skipOn = ProblemException.class)
    PlanDigest fetch(UUID planId) {
        return plans.digest(planId)
                .orElseThrow(() -> ProblemException.invalid("planId", "no plan with id '" + planId + "'"));
    }

    /**
     * The lock exceptions that may open the plan's period for the unit, asked each time (a planner may
     * open or withdraw one at any moment, so the answer is never kept); 503 when the plans service
     * cannot say.
     */
    @Timeout
    @Fallback(fallbackMethod = "lockExceptionsUnreachable")
    public List<LockException> lockExceptions(PlanDigest plan, String unitCode, String period) {
        return plans.lockExceptions(plan.planId(), unitCode, period);
    }

    List<LockException> lockExceptionsUnreachable(PlanDigest plan, String unitCode, String period, Throwable failure) {
        LOG.warnf("The plans service could not list the lock exceptions of plan %s for %s in %s: %s", plan.planId(), unitCode,
                period, failure.toString());
        throw ProblemException.unavailable("The plans service is not reachable or too slow, so whether a lock exception opens "
                + "period " + period + " of plan " + plan.label() + " for unit " + unitCode + " cannot be checked; nothing was "
                + "written, retry shortly", (int) settings.plansRetryAfter().toSeconds());
    }

    PlanDigest unreachable(UUID planId, Throwable failure) {
        LOG.warnf("The plans service could not give plan %s: %s", planId, failure.toString());
        throw ProblemException.unavailable("The plans service is not reachable or too slow, so the submission cannot be "
                + "checked against plan " + planId + "; nothing was written, retry shortly",
                (int) settings.plansRetryAfter().toSeconds());
    }
}
