package vn.planprogress.reports.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The server's clock, as a bean, so that tests can set "now" (e.g. to a day of 2022) instead of waiting. */
public class Clocks {

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
