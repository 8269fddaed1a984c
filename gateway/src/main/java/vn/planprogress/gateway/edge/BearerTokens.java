package vn.planprogress.gateway.edge;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Verifies the caller's bearer token with the same settings as the services ({@code mp.jwt.verify.*}:
 * key or JWKS address, issuer, expiry), so that the services behind only see callers who have one.
 * The services verify it again and decide what its roles allow. The parser is common's
 * {@code RememberedTokens}: a token that verified is not checked by RSA again until it expires
 * (five minutes at most).
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final String SCHEME = "bearer ";

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
        try {
            JsonWebToken jwt = parser.parse(headers.get(0).substring(SCHEME.length()).trim());
            return Optional.of(jwt.getSubject() != null ? jwt.getSubject() : jwt.getName());
        } catch (ParseException e) {
            LOG.debugf("Token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }
}
