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
 * The services verify it again and decide what its roles allow.
 */
@ApplicationScoped
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);
    private static final String SCHEME = "bearer ";

    @Inject
    JWTParser parser;

    /** The request's token when it has exactly one and it verifies; empty otherwise. */
    public Optional<JsonWebToken> verified(HttpServerRequest request) {
        List<String> headers = request.headers().getAll("Authorization");
        if (headers.size() != 1 || !headers.get(0).toLowerCase(Locale.ROOT).startsWith(SCHEME)) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.parse(headers.get(0).substring(SCHEME.length()).trim()));
        } catch (ParseException e) {
            LOG.debugf("Token refused: %s", e.getMessage());
            return Optional.empty();
        }
    }

    /** Whom the token speaks for: its subject, else its principal name. */
    public static String subjectOf(JsonWebToken token) {
        return token.getSubject() != null ? token.getSubject() : token.getName();
    }
}
