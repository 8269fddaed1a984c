package vn.planprogress.progress.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The plans service as this service sees it. Reading a digest or a plan's lock exceptions is a GET,
 * safe to repeat, so it is retried; repeated failures open the breaker (one per call) so that a down
 * plans service is not waited on. An unknown plan is an answer, not a failure: it becomes an empty
 * result before the breaker sees it.
 */
@ApplicationScoped
public class Plans {

    private final PlansClient client;

    @Inject
    public Plans(@RestClient PlansClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public Optional<PlanDigest> digest(UUID planId) {
        try {
            return Optional.of(client.digest(planId));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The lock exceptions of the plan for one unit and period, oldest first; none for an unknown plan. */
    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public List<LockException> lockExceptions(UUID planId, String unitCode, String period) {
        try {
            return client.lockExceptions(planId, unitCode, period);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return List.of();
            }
            throw e;
        }
    }
}
