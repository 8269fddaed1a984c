package vn.planprogress.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A caller's allowance: a burst at once, then the sustained rate. */
class TokenBucketTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstIsAllowedAtOnceThenTheCallerWaitsForTheRate() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);

        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(0, bucket.take(0));
        assertEquals(SECOND / 2, bucket.take(0), "the next token is due in half a second at 2 per second");
        assertEquals(SECOND / 4, bucket.take(SECOND / 4));
        assertEquals(0, bucket.take(SECOND / 2));
    }

    @Test
    void refusedRequestsDoNotCostTokens() {
        TokenBucket bucket = new TokenBucket(1, 1, 0);
        bucket.take(0);

        for (int i = 0; i < 1000; i++) {
            assertTrue(bucket.take(SECOND / 2) > 0);
        }
        assertEquals(0, bucket.take(SECOND));
    }

    @Test
    void anIdleBucketRefillsToTheBurstAndNoFurther() {
        TokenBucket bucket = new TokenBucket(10, 5, 0);
        for (int i = 0; i < 5; i++) {
            bucket.take(0);
        }
        assertFalse(bucket.isFull(0));

        assertTrue(bucket.isFull(3600 * SECOND));
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.take(3600 * SECOND));
        }
        assertTrue(bucket.take(3600 * SECOND) > 0);
    }
}
