package vn.planprogress.gateway.edge;

/** One caller's allowance: {@code burst} requests at once, refilled at a steady rate. */
final class TokenBucket {

    private final double tokensPerNano;
    private final double capacity;
    private double tokens;
    private long updatedAt;

    TokenBucket(double requestsPerSecond, int burst, long now) {
        this.tokensPerNano = requestsPerSecond / 1e9;
        this.capacity = Math.max(1, burst);
        this.tokens = capacity;
        this.updatedAt = now;
    }

    /** Takes one request's token at {@code now} (nanoseconds): 0 when taken, else the nanoseconds until one is due. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano));
    }

    /** A full bucket is the same as a new one, so it can be forgotten. */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > updatedAt) {
            tokens = Math.min(capacity, tokens + (now - updatedAt) * tokensPerNano);
            updatedAt = now;
        }
    }
}
