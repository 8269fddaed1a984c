package vn.planprogress.common.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTCallerPrincipalFactory;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * The token parser every service and the gateway verify bearer tokens with: a token that verified
 * is remembered until it expires, five minutes at most, so that a caller's next requests (every
 * request of a caller carries the same token) are not checked by RSA again. A token that fails is
 * never remembered; the cache holds at most {@value #REMEMBERED_AT_MOST} tokens and starts afresh
 * when full.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class RememberedTokens extends DefaultJWTParser {

    static final int REMEMBERED_AT_MOST = 10_000;
    private static final long REMEMBER_AT_MOST = Duration.ofMinutes(5).toMillis();

    private record Verified(JsonWebToken token, long untilMillis) {
    }

    private final ConcurrentHashMap<String, Verified> verified = new ConcurrentHashMap<>();

    @Inject
    public RememberedTokens(JWTAuthContextInfo settings, JWTCallerPrincipalFactory factory) {
        super(settings, factory);
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        long now = System.currentTimeMillis();
        Verified known = verified.get(token);
        if (known != null && now < known.untilMillis()) {
            return known.token();
        }
        JsonWebToken parsed = super.parse(token);
        long until = Math.min(parsed.getExpirationTime() * 1000, now + REMEMBER_AT_MOST);
        if (until > now) {
            if (verified.size() >= REMEMBERED_AT_MOST) {
                verified.clear();
            }
            verified.put(token, new Verified(parsed, until));
        }
        return parsed;
    }
}
