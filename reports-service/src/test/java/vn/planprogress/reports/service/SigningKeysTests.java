package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.signing.DevelopmentKeystore;

/** Without a configured keystore: the development one where development keys are allowed, a 503 naming the settings where not. */
class SigningKeysTests {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2022-11-12T03:00:00Z"), ZoneOffset.UTC);
    private static final ReportsSettings.Signing NONE = new ReportsSettings.Signing() {
        @Override
        public Optional<String> keystore() {
            return Optional.empty();
        }

        @Override
        public Optional<String> password() {
            return Optional.empty();
        }

        @Override
        public Optional<String> alias() {
            return Optional.empty();
        }
    };

    @Test
    void productionRefusesTheDevelopmentKeystoreNamingWhatToSet() {
        ProblemException refused = assertThrows(ProblemException.class, () -> new SigningKeys(NONE, false, CLOCK).current());

        assertEquals(503, refused.status());
        assertTrue(refused.getMessage().contains("set SIGNING_KEYSTORE_PATH and SIGNING_KEYSTORE_PASSWORD"), refused.getMessage());
        assertTrue(refused.getMessage().contains("PLANPROGRESS_SECURITY_ALLOW_DEVELOPMENT_KEY=true"), refused.getMessage());
    }

    @Test
    void elsewhereADevelopmentKeystoreIsMadeOnceAndValidNow() {
        SigningKeys keys = new SigningKeys(NONE, true, CLOCK);

        assertTrue(keys.current().validAt(CLOCK.instant()));
        assertEquals(keys.current(), keys.current());
        assertTrue(keys.current().certificate().getSubjectX500Principal().getName().contains(DevelopmentKeystore.SUBJECT));
    }
}
