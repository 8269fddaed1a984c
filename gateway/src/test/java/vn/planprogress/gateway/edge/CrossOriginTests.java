package vn.planprogress.gateway.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pages of other web sites may call the API: exactly the origins configured, none by default. */
class CrossOriginTests {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void noOriginConfiguredMeansNoCorsAtAll() {
        CrossOrigin none = CrossOrigin.of(List.of(), HOUR);

        assertFalse(none.enabled());
        assertFalse(none.allows("https://portal.example.gov.vn"));
        assertFalse(CrossOrigin.of(List.of(" ", ""), HOUR).enabled());
    }

    @Test
    void anOriginIsMatchedAsBrowsersSendIt() {
        CrossOrigin policy = CrossOrigin.of(List.of(" https://Portal.Example.gov.vn ", "http://localhost:3000"), HOUR);

        assertTrue(policy.allows("https://portal.example.gov.vn"));
        assertTrue(policy.allows("https://portal.example.gov.vn:443"));
        assertTrue(policy.allows("http://localhost:3000"));
        assertFalse(policy.allows("http://portal.example.gov.vn"), "another scheme");
        assertFalse(policy.allows("https://portal.example.gov.vn:8443"), "another port");
        assertFalse(policy.allows("https://evil-portal.example.gov.vn"));
        assertFalse(policy.allows("https://portal.example.gov.vn.evil.example"));
        assertFalse(policy.allows("http://localhost:3001"));
        assertFalse(policy.allows("null"), "the origin of a sandboxed page or a file");
        assertFalse(policy.allows(null));
        assertEquals(3600, policy.maxAgeSeconds());
    }

    @Test
    void anEntryThatIsNotAnOriginStopsTheGatewayNamingIt() {
        for (String wrong : List.of("portal.example.gov.vn", "https://portal.example.gov.vn/", "https://portal.example.gov.vn/app",
                "*", "ftp://files.example.gov.vn", "https://user@portal.example.gov.vn")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> CrossOrigin.of(List.of(wrong), HOUR), wrong);
            assertTrue(refused.getMessage().contains("CORS_ORIGINS: '" + wrong + "'"), refused.getMessage());
        }
    }
}
