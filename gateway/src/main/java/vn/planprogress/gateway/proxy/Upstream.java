package vn.planprogress.gateway.proxy;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.planprogress.gateway.config.GatewaySettings;

/** The services behind the gateway and the path prefixes each one owns (the public API contract). */
public enum Upstream {
    PLANS("plans", List.of("/api/v1/units", "/api/v1/plans", "/api/v1/calendar")),
    PROGRESS("progress", List.of("/api/v1/submissions")),
    REPORTS("reports", List.of("/api/v1/reports", "/api/v1/events", "/api/v1/webhooks"));

    private final String key;
    private final List<String> prefixes;

    Upstream(String key, List<String> prefixes) {
        this.key = key;
        this.prefixes = prefixes;
    }

    /** The service owning {@code path}: a prefix itself or anything under it, never {@code /api/v1/plansX}. */
    public static Optional<Upstream> owning(String path) {
        for (Upstream upstream : values()) {
            for (String prefix : upstream.prefixes) {
                if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                    return Optional.of(upstream);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The route a request's metrics and span are named by: the prefix it falls under, with {@code /**} when
     * deeper, never the ids in its path, so that the names are few. (Each service names its own routes in full.)
     */
    public static String routeOf(String path) {
        for (Upstream upstream : values()) {
            for (String prefix : upstream.prefixes) {
                if (path.equals(prefix)) {
                    return prefix;
                }
                if (path.startsWith(prefix + "/")) {
                    return prefix + "/**";
                }
            }
        }
        return "/api/**";
    }

    /** Every public prefix, in order, as a not-found answer names them. */
    public static List<String> prefixes() {
        return Arrays.stream(values()).flatMap(upstream -> upstream.prefixes.stream()).toList();
    }

    /** Its short name, as in {@code /openapi/plans} and in the settings. */
    public String key() {
        return key;
    }

    /** How problems name it: "the plans service". */
    public String title() {
        return "the " + key + " service";
    }

    public URI address(GatewaySettings settings) {
        return switch (this) {
            case PLANS -> settings.routes().plans();
            case PROGRESS -> settings.routes().progress();
            case REPORTS -> settings.routes().reports();
        };
    }
}
