package vn.planprogress.reports.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The plans service as this service sees it. Its reads are GETs, safe to repeat, so they are
 * retried; repeated failures open the breaker so that a down plans service is not waited on. An
 * unknown plan is an answer, not a failure: it becomes an empty result before the breaker sees it.
 */
@ApplicationScoped
public class Plans {

    public static final int PAGE_SIZE = 200;

    private final PlansClient client;
    private final ObjectMapper json;

    @Inject
    public Plans(@RestClient PlansClient client, ObjectMapper json) {
        this.client = client;
        this.json = json;
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

    /**
     * The plan's lock exceptions (of one period, when given), oldest first, every page of them. The plans service
     * may answer them as a list or as pages ({@code items}, {@code size}, {@code totalPages}); both are read.
     */
    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public List<LockException> lockExceptions(UUID planId, String period) {
        List<LockException> all = new ArrayList<>();
        JsonNode answer = client.lockExceptions(planId, period, null, null);
        if (answer.isArray()) {
            answer.forEach(item -> all.add(json.convertValue(item, LockException.class)));
            return all;
        }
        int size = answer.path("size").asInt(0);
        int pages = answer.path("totalPages").asInt(1);
        for (int page = 1; ; page++) {
            answer.path("items").forEach(item -> all.add(json.convertValue(item, LockException.class)));
            if (page >= pages || answer.path("items").isEmpty()) {
                return all;
            }
            answer = client.lockExceptions(planId, period, page, size > 0 ? size : null);
        }
    }

    /** One page of the plans with this status (and parent plan, when given). */
    @Retry(maxRetries = 2, delay = 100, delayUnit = ChronoUnit.MILLIS, jitter = 50, abortOn = CircuitBreakerOpenException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 10_000, successThreshold = 1)
    public PlanSummary.Page list(String status, String parentPlanNumber, int page) {
        return client.list(status, parentPlanNumber, page, PAGE_SIZE);
    }
}
