package vn.planprogress.devsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

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

    /** A department leader (lãnh đạo): reads, and signs the official reports. */
    public static String leader() {
        return mint("leader@dev", Set.of("leader"), null, Duration.ofHours(12));
    }

    public static String viewer() {
        return mint("viewer@dev", Set.of("viewer"), null, Duration.ofHours(12));
    }

    /** A reporter of {@code unitCode}: may submit and correct for that unit only. */
    public static String reporter(String unitCode) {
        return mint("reporter." + unitCode.toLowerCase() + "@dev", Set.of("reporter"), unitCode, Duration.ofHours(12));
    }

    public static String mint(String subject, Set<String> roles, String unitCode, Duration lifetime) {
        Instant now = Instant.now();
        return sign(ISSUER, subject, roles, unitCode, now, now.plus(lifetime), KEY);
    }

    /** A token with every part chosen, for tests of refused tokens (expired, another issuer, another key). */
    public static String sign(String issuer, String subject, Set<String> roles, String unitCode,
                              Instant issuedAt, Instant expiresAt, PrivateKey key) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(subject);
        claims.setClaim("upn", subject);
        claims.setStringListClaim("groups", List.copyOf(roles));
        claims.setIssuedAt(NumericDate.fromMilliseconds(issuedAt.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));
        claims.setJwtId(UUID.randomUUID().toString());
        if (unitCode != null) {
            claims.setClaim("unit", unitCode);
        }
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setKeyIdHeaderValue("dev");
        jws.setHeader("typ", "JWT");
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("The token could not be signed", e);
        }
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
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The development private key cannot be read", e);
        }
    }
}
