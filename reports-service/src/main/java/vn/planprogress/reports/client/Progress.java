package vn.planprogress.reports.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The progress service as this service sees it: submissions of a plan as they stood at an
 * instant, a page at a time. A GET, safe to repeat: retried, behind a circuit breaker.
 */
@ApplicationScoped
public class Progress {

    /** The largest page the progress service gives. */
    public static final int PAGE_SIZE = 200;

    private final ProgressClient client;

    @Inject
    public Progress(@RestClient ProgressClient client) {
        this.client = client;
    }

    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public Submission.Page page(UUID planId, String period, Instant asOf, int page) {
        return client.list(planId, period, asOf.toString(), page, PAGE_SIZE);
    }
}
