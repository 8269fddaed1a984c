package vn.planprogress.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start in the production profile with the development key pair, whose private half
 * is public in this repository, unless {@code planprogress.security.allow-development-key} says so.
 */
@ApplicationScoped
public class DevelopmentKeyGuard {

    public static final String DEVELOPMENT_KEY_LOCATION = "dev-jwt/public-key.pem";

    private final SecuritySettings settings;
    private final String keyLocation;

    @Inject
    public DevelopmentKeyGuard(SecuritySettings settings,
                               @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "") String keyLocation) {
        this.settings = settings;
        this.keyLocation = keyLocation;
    }

    void onStart(@Observes StartupEvent event) {
        boolean developmentKey = keyLocation.endsWith(DEVELOPMENT_KEY_LOCATION);
        if (LaunchMode.current() == LaunchMode.NORMAL && developmentKey && !settings.allowDevelopmentKey()) {
            throw new IllegalStateException("Refusing to start: tokens would be verified with the development key, "
                    + "whose private half is public. Set JWT_PUBLIC_KEY_LOCATION (a PEM file or a JWKS URL) and "
                    + "JWT_ISSUER for your identity provider, or PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY=true "
                    + "for a local trial");
        }
    }
}
