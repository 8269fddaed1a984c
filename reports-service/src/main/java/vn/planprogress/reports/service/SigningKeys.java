package vn.planprogress.reports.service;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.common.security.SecuritySettings;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.signing.DevelopmentKeystore;
import vn.planprogress.reports.signing.OrganisationKey;

/**
 * The organisation's signing key, from the configured PKCS#12 keystore, read at each signing so that
 * a renewed keystore is taken without a restart. A keystore that is missing, cannot be opened or
 * whose certificate is not valid now never stops the service: signing answers 503 naming the
 * setting to fix, and everything else works. Without a keystore configured, a development one is
 * made at start, except in the production profile, which refuses it as it refuses the development
 * JWT key, unless {@code PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY} allows development keys.
 */
@ApplicationScoped
public class SigningKeys {

    public static final String KEYSTORE = "SIGNING_KEYSTORE_PATH";
    public static final String PASSWORD = "SIGNING_KEYSTORE_PASSWORD";
    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final ReportsSettings.Signing settings;
    private final boolean developmentAllowed;
    private final Clock clock;
    private volatile OrganisationKey development;

    @Inject
    public SigningKeys(ReportsSettings settings, SecuritySettings security, Clock clock) {
        this(settings.signing(), LaunchMode.current() != LaunchMode.NORMAL || security.allowDevelopmentKey(), clock);
    }

    /** @param developmentAllowed whether a development keystore may stand in for a missing one (never in production unless allowed) */
    SigningKeys(ReportsSettings.Signing settings, boolean developmentAllowed, Clock clock) {
        this.settings = settings;
        this.developmentAllowed = developmentAllowed;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            OrganisationKey key = current();
            LOG.infof("Reports are signed with the key of %s, valid until %s", key.certificate().getSubjectX500Principal().getName(),
                    key.certificate().getNotAfter().toInstant());
        } catch (ProblemException e) {
            LOG.warnf("Reports cannot be signed until this is fixed (the service runs meanwhile): %s", e.getMessage());
        }
    }

    /** The key to sign with now, or a 503 problem that names the configuration to fix. */
    public OrganisationKey current() {
        Instant now = clock.instant();
        OrganisationKey key = settings.keystore().isPresent() ? configured(settings.keystore().get()) : development(now);
        if (!key.validAt(now)) {
            throw unavailable("the certificate of the signing key (" + key.certificate().getSubjectX500Principal().getName()
                    + ") is valid from " + key.certificate().getNotBefore().toInstant() + " to " + key.certificate().getNotAfter().toInstant()
                    + ", not now; put a keystore with a valid certificate at " + KEYSTORE);
        }
        return key;
    }

    private OrganisationKey configured(String location) {
        byte[] keystore;
        try {
            keystore = Files.readAllBytes(Path.of(location));
        } catch (NoSuchFileException e) {
            throw unavailable(KEYSTORE + " names " + location + ", which does not exist; point it at the organisation's PKCS#12 keystore");
        } catch (IOException e) {
            throw unavailable(KEYSTORE + " names " + location + ", which cannot be read: " + e.getMessage());
        }
        try {
            return OrganisationKey.load(keystore, settings.password().orElse("").toCharArray(), settings.alias().orElse(null));
        } catch (OrganisationKey.Unusable e) {
            throw unavailable(PASSWORD + " does not open the keystore at " + KEYSTORE + "=" + location + ": " + e.getMessage());
        }
    }

    private OrganisationKey development(Instant now) {
        if (!developmentAllowed) {
            throw unavailable("no signing keystore is configured: set " + KEYSTORE + " and " + PASSWORD
                    + " to the organisation's PKCS#12 keystore (the development keystore is refused in production; "
                    + "PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY=true allows it for a local trial)");
        }
        if (development == null) {
            synchronized (this) {
                if (development == null) {
                    try {
                        // Ten years either side of now: tests set the clock to 2022.
                        development = OrganisationKey.load(DevelopmentKeystore.create("planprogress development",
                                now.minus(Duration.ofDays(3650)), Duration.ofDays(7300)), DevelopmentKeystore.PASSWORD.toCharArray(), null);
                    } catch (OrganisationKey.Unusable e) {
                        throw new IllegalStateException("The development keystore does not open", e);
                    }
                }
            }
        }
        return development;
    }

    private static ProblemException unavailable(String detail) {
        return ProblemException.of(ProblemType.SIGNING_UNAVAILABLE, "Reports cannot be signed: " + detail + ". Nothing was signed.");
    }
}
