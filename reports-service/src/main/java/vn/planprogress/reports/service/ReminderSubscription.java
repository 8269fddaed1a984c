package vn.planprogress.reports.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.reports.api.Webhook;
import vn.planprogress.reports.api.WebhookRequest;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.repository.WebhookSubscriptionRepository;

/**
 * The reminders webhook of earlier releases (REMINDERS_WEBHOOK_URL) as a subscription to {@code
 * reminder.due}: made at start unless a subscription has that URL, signing with REMINDERS_WEBHOOK_SECRET
 * (or, without one, a random secret, and a warning). After that it is a subscription like any other.
 */
@ApplicationScoped
public class ReminderSubscription {

    public static final String CREATED_BY = "REMINDERS_WEBHOOK_URL";
    private static final Logger LOG = Logger.getLogger(ReminderSubscription.class);
    /** The advisory lock that lets one of several replicas starting at once make it. */
    private static final long LOCK = 0x52454d494e444552L;

    private final Webhooks webhooks;
    private final WebhookTargets targets;
    private final WebhookSubscriptionRepository subscriptions;
    private final ReportsSettings settings;

    @Inject
    public ReminderSubscription(Webhooks webhooks, WebhookTargets targets, WebhookSubscriptionRepository subscriptions,
                                ReportsSettings settings) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.subscriptions = subscriptions;
        this.settings = settings;
    }

    /**
     * Before the scheduler starts (it observes at priority 0): the subscription then starts at the feed's
     * end before the relay first runs, so the reminders carried forward into the outbox by V8 reach it.
     */
    void onStart(@Observes @Priority(-1) StartupEvent start) {
        ensure();
    }

    /** Makes the subscription for the configured URL unless one has it; the one made, if any. */
    @Transactional
    public Optional<Webhook> ensure() {
        return ensure(settings.reminders().webhookUrl(), settings.reminders().webhookSecret());
    }

    /** Makes the subscription for this URL, signing with this secret (a random one when absent), unless one has the URL. */
    @Transactional
    public Optional<Webhook> ensure(Optional<URI> url, Optional<String> configuredSecret) {
        if (url.isEmpty()) {
            return Optional.empty();
        }
        subscriptions.lockExclusively(LOCK);
        if (subscriptions.hasUrl(url.get().toString())) {
            return Optional.empty();
        }
        String secret = configuredSecret.orElse(null);
        boolean random = secret == null;
        if (random) {
            secret = HexFormat.of().formatHex(randomBytes());
        }
        WebhookRequest request = new WebhookRequest(url.get().toString(), List.of(EventType.REMINDER_DUE), secret,
                "Nhắc hạn báo cáo (REMINDERS_WEBHOOK_URL)", null);
        // Checked here rather than refused by create: a refusal there would roll the start-up back.
        List<FieldViolation> violations = Webhooks.violations(request, true);
        Optional<WebhookTargets.Refusal> refusal = violations.isEmpty() ? targets.refusal(url.get()) : Optional.empty();
        if (!violations.isEmpty() || refusal.isPresent()) {
            LOG.warnf("The reminders webhook %s is not subscribed, and no reminder is posted to it: %s", url.get(),
                    refusal.map(WebhookTargets.Refusal::reason).orElseGet(() -> violations.stream()
                            .map(v -> (v.field().equals("secret") ? "REMINDERS_WEBHOOK_SECRET" : "REMINDERS_WEBHOOK_URL") + " " + v.message())
                            .collect(Collectors.joining("; "))));
            return Optional.empty();
        }
        Webhook made = webhooks.create(request, CREATED_BY);
        LOG.infof("The reminders webhook %s is subscription %s to reminder.due", url.get(), made.id());
        if (random) {
            LOG.warnf("REMINDERS_WEBHOOK_SECRET is not set: subscription %s signs the reminders with a random secret that no "
                    + "receiver knows. Set REMINDERS_WEBHOOK_SECRET before the first start, or give the subscription a secret "
                    + "with PUT /api/v1/webhooks/%s", made.id(), made.id());
        }
        return Optional.of(made);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
