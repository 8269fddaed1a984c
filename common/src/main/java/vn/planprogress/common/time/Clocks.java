package vn.planprogress.common.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The server's clock as a bean, which every service reads "now" from, so that tests set it (to a
 * day of 2022, say; dev-support's TestClock replaces it) instead of waiting.
 */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
