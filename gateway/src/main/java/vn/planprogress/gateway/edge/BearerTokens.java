package vn.planprogress.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Verifies the caller's bearer token with the same settings as the services ({@code mp.jwt.verify.*}:
 * key or JWKS address, issuer, expiry), so that the services behind only see callers who have one.
 * The services verify it again and decide what its roles allow.
 *
 * <p>A verified token is remembered until it expires, for five minutes at most: a caller sends the
 * same token with every request, and checking its signature each time would cost the gateway more
 * than passing the request on.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final String SCHEME = "bearer ";
    private static final long REMEMBER_AT_MOST = Duration.ofMinutes(5).toMillis();
    private static final int REMEMBERED_AT_MOST = 10_000;

    /** A token that verified: whom it speaks for, and until when the gateway takes it without checking again. */
    private record Verified(String subject, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();
    private final JWTParser parser;

    @Inject
    public BearerTokens(JWTParser parser) {
        this.parser = parser;
    }

    /** Whom the request's token speaks for (its subject) when it has exactly one and it verifies; empty otherwise. */
    public Optional<String> callerOf(HttpServerRequest request) {
        List<String> headers = request.headers().getAll("Authorization");
        if (headers.size() != 1 || !headers.get(0).toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        String token = headers.get(0).substring(SCHEME.length()).trim();
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now < known.untilMillis()) {
            return Optional.of(known.subject());
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
            if (verified.size() >= REMEMBERED_AT_MOST) {
                verified.clear();
            }
            verified.put(token, new Verified(subject, Math.min(jwt.getExpirationTime() * 1000, now + REMEMBER_AT_MOST)));
            return Optional.of(subject);
        } catch (ParseException e) {
            LOG.debugf("Token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
