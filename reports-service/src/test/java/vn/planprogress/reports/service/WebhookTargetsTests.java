package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;

/**
 * Where a webhook may be posted (server-side request forgery), with the names a test DNS gives: the
 * URL's form, then every address its host resolves to, then the platform's own services.
 */
class WebhookTargetsTests {

    private static final List<URI> PLATFORM = List.of(URI.create("http://plans-service:8081"), URI.create("http://progress-service:8082"),
            URI.create("http://reports-service:8083"), URI.create("https://api.planprogress.quangngai.gov.vn"));
    /** A DNS of its own: names to addresses, and address literals as themselves. */
    private static final Map<String, String[]> NAMES = Map.of(
            "vpdt.quangngai.gov.vn", new String[] {"203.162.10.20"},
            "noi-bo.quangngai.gov.vn", new String[] {"10.20.30.40"},
            "rebound.example", new String[] {"203.162.10.21", "169.254.169.254"},
            "localhost", new String[] {"127.0.0.1", "::1"},
            "plans-service", new String[] {"172.18.0.5"},
            "progress-service", new String[] {"172.18.0.6"},
            "reports-service", new String[] {"172.18.0.7"},
            "api.planprogress.quangngai.gov.vn", new String[] {"203.162.10.99"},
            "plans-alias.internal", new String[] {"172.18.0.5"});

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        String[] addresses = NAMES.get(host);
        if (addresses == null) {
            if (host.matches("[0-9.]+") || host.startsWith("[")) {
                return List.of(InetAddress.getByName(host));
            }
            throw new UnknownHostException(host);
        }
        InetAddress[] resolved = new InetAddress[addresses.length];
        for (int i = 0; i < addresses.length; i++) {
            resolved[i] = InetAddress.getByName(addresses[i]);
        }
        return Arrays.asList(resolved);
    }

    private final WebhookTargets strict = new WebhookTargets(false, PLATFORM, WebhookTargetsTests::resolve);
    private final WebhookTargets loopbackAllowed = new WebhookTargets(true, PLATFORM, WebhookTargetsTests::resolve);

    @Test
    void anAbsoluteHttpOrHttpsUrlOfAtMost2000CharactersWithoutUserInfoHasTheFormOfATarget() {
        assertNull(WebhookTargets.shapeViolation("https://vpdt.quangngai.gov.vn/hooks/planprogress?nguon=kehoach"));
        assertNull(WebhookTargets.shapeViolation("http://10.20.30.40:8080/hooks"));
        String longest = "https://vpdt.quangngai.gov.vn/" + "a".repeat(2000 - "https://vpdt.quangngai.gov.vn/".length());
        assertNull(WebhookTargets.shapeViolation(longest));

        assertTrue(WebhookTargets.shapeViolation("ftp://vpdt.quangngai.gov.vn/hooks").contains("http or https"));
        assertTrue(WebhookTargets.shapeViolation("/hooks/planprogress").contains("absolute"));
        assertTrue(WebhookTargets.shapeViolation("vpdt.quangngai.gov.vn/hooks").contains("absolute"));
        assertTrue(WebhookTargets.shapeViolation(longest + "a").contains("2001 characters; at most 2000"));
        assertTrue(WebhookTargets.shapeViolation("https://vanthu:matkhau@vpdt.quangngai.gov.vn/hooks").contains("user-info"));
        assertTrue(WebhookTargets.shapeViolation("https://vanthu@vpdt.quangngai.gov.vn/hooks").contains("user-info"));
        assertTrue(WebhookTargets.shapeViolation("https://vpdt quangngai/hooks").startsWith("is not a URL"));
        assertTrue(WebhookTargets.shapeViolation("mailto:vanthu@quangngai.gov.vn").contains("http or https"));
        assertTrue(WebhookTargets.shapeViolation(" ").startsWith("is required"));
    }

    @Test
    void aHostOnTheNetworkIsATargetAPrivateAddressAmongThem() {
        assertEquals(Optional.empty(), strict.refusal(URI.create("https://vpdt.quangngai.gov.vn/hooks")));
        assertEquals(Optional.empty(), strict.refusal(URI.create("http://noi-bo.quangngai.gov.vn:9000/hooks")));
        assertEquals(Optional.empty(), strict.refusal(URI.create("http://203.162.10.20/hooks")));
    }

    @Test
    void theMetadataServiceAndEveryLinkLocalAddressAreRefused() {
        assertForbidden(strict, "http://169.254.169.254/latest/meta-data/", "host 169.254.169.254 is a link-local address");
        assertForbidden(strict, "http://[fe80::1]/hooks", "is a link-local address");
        // A name that resolves to the metadata service among other addresses is refused too.
        assertForbidden(strict, "https://rebound.example/hooks", "host rebound.example resolves to 169.254.169.254, a link-local address");
        assertForbidden(loopbackAllowed, "http://169.254.169.254/", "link-local");
    }

    @Test
    void theLoopbackIsRefusedUnlessAllowedTheAnyLocalAndMulticastAlways() {
        assertForbidden(strict, "http://[::1]:1/", "host [::1] is a loopback address");
        assertForbidden(strict, "http://127.0.0.1:9999/hooks", "is a loopback address");
        assertForbidden(strict, "http://127.8.9.10/hooks", "is a loopback address");
        assertForbidden(strict, "http://localhost:9999/hooks", "resolves to 127.0.0.1, a loopback address");
        assertForbidden(strict, "http://0.0.0.0:9999/hooks", "is the any-local address");
        assertForbidden(strict, "http://[::]:9999/hooks", "is the any-local address");
        assertForbidden(strict, "http://224.0.0.1/hooks", "is a multicast address");
        assertForbidden(strict, "http://[::169.254.169.254]/", "link-local");

        assertEquals(Optional.empty(), loopbackAllowed.refusal(URI.create("http://[::1]:1/")));
        assertEquals(Optional.empty(), loopbackAllowed.refusal(URI.create("http://127.0.0.1:9999/hooks")));
        assertForbidden(loopbackAllowed, "http://0.0.0.0:9999/hooks", "any-local");
        assertForbidden(loopbackAllowed, "http://224.0.0.1/hooks", "multicast");
    }

    @Test
    void thePlatformsOwnServicesAreRefusedByAddressAndPortWhateverTheLoopbackSetting() {
        assertForbidden(strict, "http://plans-service:8081/api/v1/plans", "the platform's own service at http://plans-service:8081");
        assertForbidden(strict, "http://172.18.0.7:8083/hooks", "the platform's own service at http://reports-service:8083");
        assertForbidden(strict, "http://plans-alias.internal:8081/", "http://plans-service:8081");
        // The gateway's public address, on the default port of its scheme.
        assertForbidden(loopbackAllowed, "https://api.planprogress.quangngai.gov.vn/api/v1/events", "the platform's own service");
        assertForbidden(loopbackAllowed, "https://203.162.10.99:443/", "the platform's own service");
        // The same host on another port is another service.
        assertEquals(Optional.empty(), strict.refusal(URI.create("http://plans-service:9000/hooks")));
        assertEquals(Optional.empty(), strict.refusal(URI.create("http://api.planprogress.quangngai.gov.vn/hooks")));

        WebhookTargets local = new WebhookTargets(true, List.of(URI.create("http://localhost:8081")), WebhookTargetsTests::resolve);
        assertForbidden(local, "http://127.0.0.1:8081/hooks", "the platform's own service at http://localhost:8081");
        assertEquals(Optional.empty(), local.refusal(URI.create("http://127.0.0.1:8090/hooks")));
    }

    @Test
    void aHostThatDoesNotResolveIsUnresolvableAndTheCheckNamesTheField() {
        WebhookTargets.Refusal refusal = strict.refusal(URI.create("https://khong-co.quangngai.gov.vn/hooks")).orElseThrow();
        assertEquals(ProblemType.WEBHOOK_TARGET_UNRESOLVABLE, refusal.type());
        assertEquals("host khong-co.quangngai.gov.vn does not resolve to any address", refusal.reason());

        ProblemException refused = assertThrows(ProblemException.class,
                () -> strict.check("url", URI.create("http://169.254.169.254/")));
        assertEquals(422, refused.status());
        assertEquals(ProblemType.WEBHOOK_TARGET_FORBIDDEN, refused.type());
        assertEquals("url", refused.errors().get(0).field());
        assertTrue(refused.getMessage().startsWith("url: host 169.254.169.254 is a link-local address"), refused.getMessage());
    }

    private static void assertForbidden(WebhookTargets targets, String url, String reason) {
        WebhookTargets.Refusal refusal = targets.refusal(URI.create(url))
                .orElseThrow(() -> new AssertionError(url + " was not refused"));
        assertEquals(ProblemType.WEBHOOK_TARGET_FORBIDDEN, refusal.type(), url);
        assertTrue(refusal.reason().contains(reason), () -> url + ": " + refusal.reason());
    }
}
