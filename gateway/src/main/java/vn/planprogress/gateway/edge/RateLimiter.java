package vn.planprogress.gateway.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.planprogress.gateway.config.GatewaySettings;

/**
 * Rate limits per caller, in memory: each gateway replica counts its own callers, so the limit a
 * caller meets is the configured one times the replicas it is balanced over.
 */
@ApplicationScoped
public class RateLimiter {

    private static final long SWEEP_EVERY = TimeUnit.SECONDS.toNanos(10);

    private final ConcurrentHashMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final GatewaySettings.RateLimit limit;
    private volatile long sweptAt = System.nanoTime();

    @Inject
    public RateLimiter(GatewaySettings settings) {
        this.limit = settings.rateLimit();
    }

    /** Counts one request of {@code caller}: empty when it may go on, else the seconds to wait (for Retry-After). */
    public OptionalLong acquire(String caller) {
        if (!limit.enabled()) {
            return OptionalLong.empty();
        }
        long now = System.nanoTime();
        long wait = buckets.computeIfAbsent(caller, key -> new TokenBucket(limit.requestsPerSecond(), limit.burst(), now))
                .take(now);
        if (now - sweptAt > SWEEP_EVERY) {
            sweptAt = now;
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return wait == 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait + 999_999_999)));
    }
}
