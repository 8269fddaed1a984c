package vn.planprogress.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The gateway's settings, under {@code planprogress.gateway}. */
@ConfigMapping(prefix = "planprogress.gateway")
public interface GatewaySettings {

    /** Where each service listens. */
    Routes routes();

    /** How long a service may stay silent (no response, or a pause in its body) before the caller gets 504. */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /** How long to wait for a connection to a service before the caller gets 502. */
    @WithDefault("2s")
    Duration connectTimeout();

    /** Kept-alive connections per service: enough for the gateway's concurrency, bounded for the service's sake. */
    @WithDefault("100")
    int connectionsPerService();

    /** How long the readiness check waits for each service's own readiness. */
    @WithDefault("2s")
    Duration readinessTimeout();

    RateLimit rateLimit();

    Cors cors();

    /** Whether answers tell browsers to keep to HTTPS (HSTS): on behind a TLS-terminating proxy; always over the gateway's own TLS. */
    @WithDefault("false")
    boolean hsts();

    interface Routes {

        /** Units and plans: {@code /api/v1/units/**}, {@code /api/v1/plans/**}. */
        URI plans();

        /** Submissions: {@code /api/v1/submissions/**}. */
        URI progress();

        /** Reports: {@code /api/v1/reports/**}. */
        URI reports();
    }

    /** A token bucket per caller (the token's subject, else the client address). */
    interface RateLimit {

        @WithDefault("true")
        boolean enabled();

        /** Sustained requests per second per caller. */
        @WithDefault("50")
        double requestsPerSecond();

        /** Requests a caller may make at once above the sustained rate. */
        @WithDefault("100")
        int burst();
    }

    /** Which other web sites' pages may call the API from a browser. */
    interface Cors {

        /** Their origins ({@code https://portal.example.gov.vn}); none: no CORS answer at all. */
        Optional<List<String>> origins();

        /** How long a browser may keep a preflight's answer. */
        @WithDefault("1H")
        Duration maxAge();
    }
}
