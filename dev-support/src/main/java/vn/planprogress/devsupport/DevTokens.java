package vn.planprogress.devsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/**
 * Tokens signed with the development key pair, for tests and the local run only: a production
 * service refuses the matching public key unless told otherwise (see DevelopmentKeyGuard).
 */
public final class DevTokens {

    public static final String ISSUER = "https://planprogress.local/dev";
    private static final PrivateKey KEY = loadKey();

    private DevTokens() {
    }

    public static String admin() {
        return mint("admin@dev", Set.of("admin"), null, Duration.ofHours(12));
    }

    public static String planner() {
        return mint("planner@dev", Set.of("planner"), null, Duration.ofHours(12));
    }

    public static String viewer() {
        return mint("viewer@dev", Set.of("viewer"), null, Duration.ofHours(12));
    }

    /** A reporter of {@code unitCode}: may submit and correct for that unit only. */
    public static String reporter(String unitCode) {
        return mint("reporter." + unitCode.toLowerCase() + "@dev", Set.of("reporter"), unitCode, Duration.ofHours(12));
    }

    public static String mint(String subject, Set<String> roles, String unitCode, Duration lifetime) {
        return claims(subject, roles, unitCode, lifetime).jws().keyId("dev").sign(KEY);
    }

    /** The claims of a development token, for tests that need to bend one (expired, other issuer). */
    public static JwtClaimsBuilder claims(String subject, Set<String> roles, String unitCode, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .subject(subject)
                .upn(subject)
                .groups(roles)
                .expiresIn(lifetime);
        return unitCode == null ? claims : claims.claim("unit", unitCode);
    }

    public static PrivateKey key() {
        return KEY;
    }

    private static PrivateKey loadKey() {
        try (InputStream in = DevTokens.class.getResourceAsStream("/dev-jwt/private-key.pem")) {
            if (in == null) {
                throw new IllegalStateException("dev-jwt/private-key.pem is missing from the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("The development private key cannot be read", e);
        }
    }
}
