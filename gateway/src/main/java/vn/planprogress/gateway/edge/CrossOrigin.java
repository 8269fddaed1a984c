package vn.planprogress.gateway.edge;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which other web sites' pages may call the API from a browser (CORS), and what they may send and
 * read. Exact origins only ({@code https://host[:port]}), none by default: a page of any other origin
 * gets no CORS headers, so its browser keeps the answer from it. Tokens travel in the Authorization
 * header, never in cookies, so no credentials are allowed.
 */
public final class CrossOrigin {

    static final String ALLOWED_METHODS = "GET, HEAD, POST, PUT, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, X-Request-Id, "
            + "traceparent, tracestate";
    /** What a page may read of an answer besides the always visible ones (Content-Type and the like). */
    static final String EXPOSED_HEADERS = "ETag, Location, X-Request-Id, Idempotent-Replayed, Content-Disposition, Retry-After";

    private final Set<String> origins;
    private final Duration maxAge;

    private CrossOrigin(Set<String> origins, Duration maxAge) {
        this.origins = origins;
        this.maxAge = maxAge;
    }

    /**
     * The policy for the configured origins (as {@code CORS_ORIGINS} lists them). Refuses an entry that is
     * not an origin, so that a typo stops the gateway at start instead of quietly refusing a province's portal.
     */
    public static CrossOrigin of(List<String> configured, Duration maxAge) {
        Set<String> origins = new LinkedHashSet<>();
        for (String entry : configured) {
            if (!entry.isBlank()) {
                origins.add(normalised(entry.trim()));
            }
        }
        return new CrossOrigin(Set.copyOf(origins), maxAge);
    }

    /** Whether CORS is on at all: some origin is configured. */
    public boolean enabled() {
        return !origins.isEmpty();
    }

    /** Whether a page of {@code origin} (the request's Origin header) may call the API. */
    public boolean allows(String origin) {
        if (origin == null || origins.isEmpty()) {
            return false;
        }
        try {
            return origins.contains(normalised(origin));
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    /** How long a browser may keep a preflight's answer, in seconds. */
    public long maxAgeSeconds() {
        return maxAge.toSeconds();
    }

    private static String normalised(String origin) {
        URI uri;
        try {
            uri = new URI(origin);
        } catch (URISyntaxException e) {
            throw notAnOrigin(origin);
        }
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean bare = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null
                && uri.getRawFragment() == null && uri.getRawUserInfo() == null;
        if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null || !bare) {
            throw notAnOrigin(origin);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private static IllegalArgumentException notAnOrigin(String origin) {
        return new IllegalArgumentException("CORS_ORIGINS: '" + origin + "' is not an origin; list them as "
                + "https://host or https://host:port, comma-separated, without a path or a trailing slash");
    }
}
