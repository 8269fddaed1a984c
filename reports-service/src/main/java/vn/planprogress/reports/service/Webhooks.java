package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.DeliveryStatus;
import vn.planprogress.reports.api.Webhook;
import vn.planprogress.reports.api.WebhookDelivery;
import vn.planprogress.reports.api.WebhookRequest;
import vn.planprogress.reports.api.WebhookStatus;
import vn.planprogress.reports.domain.DeliveryAttempt;
import vn.planprogress.reports.domain.EventDelivery;
import vn.planprogress.reports.domain.WebhookSubscription;
import vn.planprogress.reports.mapping.WebhookMapper;
import vn.planprogress.reports.repository.DeliveryAttemptRepository;
import vn.planprogress.reports.repository.EventDeliveryRepository;
import vn.planprogress.reports.repository.EventFeedRepository;
import vn.planprogress.reports.repository.WebhookSubscriptionRepository;

/**
 * Webhook subscriptions (admins only): made, changed and deleted whole, each change checked first; a
 * subscription made now is posted the events that come after it, never the feed's history.
 */
@ApplicationScoped
public class Webhooks {

    public static final int SECRET_MIN = 16;
    public static final int SECRET_MAX = 200;
    public static final int DESCRIPTION_MAX = 500;

    private final WebhookSubscriptionRepository subscriptions;
    private final EventFeedRepository feed;
    private final EventDeliveryRepository deliveries;
    private final DeliveryAttemptRepository attempts;
    private final WebhookTargets targets;
    private final Clock clock;

    @Inject
    public Webhooks(WebhookSubscriptionRepository subscriptions, EventFeedRepository feed, EventDeliveryRepository deliveries,
                    DeliveryAttemptRepository attempts, WebhookTargets targets, Clock clock) {
        this.subscriptions = subscriptions;
        this.feed = feed;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.targets = targets;
        this.clock = clock;
    }

    /**
     * What breaks a rule in a subscription sent to be made ({@code creating}) or changed: the URL's form
     * (its target is checked apart, see {@link WebhookTargets}), at least one event type and none twice, a
     * secret of 16 to 200 characters (required when creating, kept when absent on a change), a description
     * of at most 500 characters. Each violation names its field.
     */
    public static List<FieldViolation> violations(WebhookRequest webhook, boolean creating) {
        List<FieldViolation> violations = new ArrayList<>();
        String url = WebhookTargets.shapeViolation(webhook.url());
        if (url != null) {
            violations.add(new FieldViolation("url", url));
        }
        List<EventType> types = webhook.eventTypes();
        if (types == null || types.isEmpty()) {
            violations.add(new FieldViolation("eventTypes", "must name at least one event type, of " + EventType.NAMES));
        } else {
            Set<EventType> seen = new HashSet<>();
            for (int i = 0; i < types.size(); i++) {
                if (types.get(i) == null) {
                    violations.add(new FieldViolation("eventTypes[" + i + "]", "must be one of " + EventType.NAMES));
                } else if (!seen.add(types.get(i))) {
                    violations.add(new FieldViolation("eventTypes[" + i + "]", "names " + types.get(i).wireName() + " a second time"));
                }
            }
        }
        String secret = webhook.secret();
        if (secret == null && creating) {
            violations.add(new FieldViolation("secret", "is required: " + SECRET_MIN + " to " + SECRET_MAX
                    + " characters the receiver also keeps, to check each delivery's X-Signature-256"));
        } else if (secret != null && (secret.length() < SECRET_MIN || secret.length() > SECRET_MAX)) {
            violations.add(new FieldViolation("secret", "has " + secret.length() + " characters; it must have " + SECRET_MIN
                    + " to " + SECRET_MAX));
        }
        if (webhook.description() != null && webhook.description().length() > DESCRIPTION_MAX) {
            violations.add(new FieldViolation("description", "has " + webhook.description().length() + " characters; at most "
                    + DESCRIPTION_MAX));
        }
        return violations;
    }

    @Transactional
    public Webhook create(WebhookRequest request, String createdBy) {
        refuse(violations(request, true));
        URI url = URI.create(request.url());
        targets.check("url", url);
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.url = request.url();
        subscription.eventTypes = wireNames(request.eventTypes());
        subscription.secret = request.secret();
        subscription.description = request.description();
        subscription.status = request.status() == null ? WebhookStatus.ACTIVE : request.status();
        subscription.pausedReason = subscription.status == WebhookStatus.PAUSED ? "Paused by " + createdBy + " when created" : null;
        subscription.fannedOutPosition = feed.lastPosition();
        subscription.createdAt = clock.instant();
        subscription.createdBy = createdBy;
        subscription.updatedAt = subscription.createdAt;
        subscriptions.persistAndFlush(subscription);
        return WebhookMapper.toApi(subscription);
    }

    public Page<Webhook> list(PageRequest page) {
        Page<WebhookSubscription> found = subscriptions.page(page);
        return new Page<>(found.items().stream().map(WebhookMapper::toApi).toList(), found.page(), found.size(), found.totalItems(),
                found.totalPages());
    }

    public Webhook get(UUID id) {
        return WebhookMapper.toApi(find(id));
    }

    /**
     * Replaces the URL, event types and description; the secret and the status when given. A new URL is
     * checked as a new one is; ACTIVE again posts the deliveries that waited, each with its own time to
     * give up anew.
     */
    @Transactional
    public Webhook update(UUID id, WebhookRequest change, String ifMatch, String changedBy) {
        WebhookSubscription subscription = find(id);
        ETags.requireMatch(ifMatch, subscription.version);
        refuse(violations(change, false));
        if (!change.url().equals(subscription.url)) {
            targets.check("url", URI.create(change.url()));
        }
        Instant now = clock.instant();
        subscription.url = change.url();
        subscription.eventTypes = wireNames(change.eventTypes());
        subscription.description = change.description();
        if (change.secret() != null) {
            subscription.secret = change.secret();
        }
        if (change.status() != null && change.status() != subscription.status) {
            subscription.status = change.status();
            if (change.status() == WebhookStatus.ACTIVE) {
                subscription.pausedReason = null;
                deliveries.resume(id, now);
            } else {
                subscription.pausedReason = "Paused by " + changedBy;
            }
        }
        subscription.updatedAt = now;
        subscriptions.flush();
        return WebhookMapper.toApi(subscription);
    }

    /** Deletes the subscription with its deliveries and their attempts. */
    @Transactional
    public void delete(UUID id) {
        subscriptions.delete(find(id));
    }

    /** The subscription's deliveries, newest event first, each with its attempts. */
    public Page<WebhookDelivery> deliveries(UUID id, DeliveryStatus status, PageRequest page) {
        find(id);
        Page<EventDelivery> found = deliveries.page(id, status, page);
        Map<UUID, List<DeliveryAttempt>> byDelivery = attempts.of(found.items().stream().map(d -> d.id).toList());
        return new Page<>(found.items().stream().map(d -> WebhookMapper.toApi(d, byDelivery.getOrDefault(d.id, List.of()))).toList(),
                found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    private WebhookSubscription find(UUID id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null) {
            throw ProblemException.notFound("webhook subscription", id);
        }
        return subscription;
    }

    private static void refuse(List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static List<String> wireNames(List<EventType> types) {
        return new ArrayList<>(types.stream().map(EventType::wireName).toList());
    }
}
