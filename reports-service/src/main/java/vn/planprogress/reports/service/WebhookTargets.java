package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.reports.config.ReportsSettings;

/**
 * Where a webhook may be posted (server-side request forgery): an absolute http or https URL of at most
 * 2000 characters without user-info ({@link #shapeViolation}, a 400), whose host resolves ({@code
 * webhook-target-unresolvable}, a 422) and none of whose addresses is the loopback (unless allowed, for
 * tests and development), link-local (the cloud's metadata service among them), any-local or multicast,
 * nor the address and port of one of the platform's own services ({@code webhook-target-forbidden}, a
 * 422). Checked when a URL is given and again before each attempt, since what a host resolves to may
 * change.
 */
@ApplicationScoped
public class WebhookTargets {

    public static final int MAX_LENGTH = 2000;

    /** A host's addresses; throws when it has none. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    /** Why a target is refused: forbidden, or its host does not resolve. */
    public record Refusal(ProblemType type, String reason) {
    }

    private final boolean allowLoopback;
    private final List<URI> platform;
    private final Resolver resolver;

    @Inject
    public WebhookTargets(ReportsSettings settings) {
        this(settings.webhooks().allowLoopback(), settings.webhooks().platformUrls(), host -> Arrays.asList(InetAddress.getAllByName(host)));
    }

    public WebhookTargets(boolean allowLoopback, List<URI> platformUrls, Resolver resolver) {
        this.allowLoopback = allowLoopback;
        this.platform = List.copyOf(platformUrls);
        this.resolver = resolver;
    }

    /** What is wrong with the URL as written, or null when it is an absolute http(s) URL of at most 2000 characters without user-info. */
    public static String shapeViolation(String url) {
        if (url == null || url.isBlank()) {
            return "is required: the absolute http or https URL of the receiver";
        }
        if (url.length() > MAX_LENGTH) {
            return "has " + url.length() + " characters; at most " + MAX_LENGTH;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL: " + e.getReason() + " at index " + e.getIndex();
        }
        if (!uri.isAbsolute()) {
            return "must be an absolute URL, e.g. https://vpdt.quangngai.gov.vn/hooks/planprogress";
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return "must be an http or https URL, not " + uri.getScheme();
        }
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            return "must not carry user-info (a name or password before @): the secret signs the deliveries";
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return "has no host that can be read";
        }
        return null;
    }

    /**
     * Refuses the URL as a 422 naming {@code field} when it may not be posted to now; its shape must have
     * passed {@link #shapeViolation} already.
     */
    public void check(String field, URI url) {
        refusal(url).ifPresent(refusal -> {
            throw new ProblemException(refusal.type(), field + ": " + refusal.reason(),
                    List.of(new FieldViolation(field, refusal.reason())), null);
        });
    }

    /** Why the URL may not be posted to now, if it may not. */
    public Optional<Refusal> refusal(URI url) {
        String host = url.getHost();
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            addresses = List.of();
        }
        if (addresses.isEmpty()) {
            return Optional.of(new Refusal(ProblemType.WEBHOOK_TARGET_UNRESOLVABLE,
                    "host " + host + " does not resolve to any address"));
        }
        for (InetAddress address : addresses) {
            String kind = forbiddenKind(address);
            if (kind != null) {
                return Optional.of(new Refusal(ProblemType.WEBHOOK_TARGET_FORBIDDEN, "host " + host
                        + (isLiteral(host) ? " is " : " resolves to " + address.getHostAddress() + ", ") + kind
                        + "; webhooks are not posted there"));
            }
        }
        int port = portOf(url);
        for (URI service : platform) {
            if (service.getHost() != null && portOf(service) == port && sameHost(service.getHost(), host, addresses)) {
                return Optional.of(new Refusal(ProblemType.WEBHOOK_TARGET_FORBIDDEN, "host " + host + " port " + port
                        + " is the platform's own service at " + service + "; webhooks are not posted to the platform"));
            }
        }
        return Optional.empty();
    }

    /**
     * What forbids an address, or null: the loopback (unless allowed), link-local, any-local, multicast;
     * an IPv4 address written as IPv6 ({@code ::a.b.c.d}) is judged as the IPv4 address too.
     */
    private String forbiddenKind(InetAddress address) {
        String kind = kindOf(address);
        if (kind == null && address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            kind = kindOf(v4Of(v6));
        }
        return kind;
    }

    private String kindOf(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return allowLoopback ? null : "a loopback address";
        }
        if (address.isLinkLocalAddress()) {
            return "a link-local address";
        }
        if (address.isAnyLocalAddress()) {
            return "the any-local address";
        }
        if (address.isMulticastAddress()) {
            return "a multicast address";
        }
        return null;
    }

    private boolean sameHost(String serviceHost, String host, List<InetAddress> addresses) {
        if (serviceHost.equalsIgnoreCase(host)) {
            return true;
        }
        try {
            return resolver.resolve(serviceHost).stream().anyMatch(addresses::contains);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static int portOf(URI url) {
        if (url.getPort() >= 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }

    /** An address written as the host (IPv4 digits or a bracketed IPv6), not a name. */
    private static boolean isLiteral(String host) {
        return host.startsWith("[") || host.matches("[0-9.]+");
    }

    private static InetAddress v4Of(Inet6Address address) {
        byte[] bytes = address.getAddress();
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
