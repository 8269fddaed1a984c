package vn.planprogress.reports.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.planprogress.reports.api.DeliveryStatus;
import vn.planprogress.reports.api.Event;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.domain.DeliveryAttempt;
import vn.planprogress.reports.domain.EventDelivery;
import vn.planprogress.reports.domain.WebhookSubscription;
import vn.planprogress.reports.mapping.EventMapper;
import vn.planprogress.reports.repository.DeliveryAttemptRepository;
import vn.planprogress.reports.repository.EventDeliveryRepository;
import vn.planprogress.reports.repository.EventFeedRepository;
import vn.planprogress.reports.repository.WebhookSubscriptionRepository;

/**
 * The dispatcher's transactions, each short and apart from the POST: the fan-out of the feed into
 * deliveries, the claim of the next delivery due, and the record of an attempt with what follows from
 * it (delivered; retried after a doubling wait; or, at the give-up time, failed and the subscription
 * paused).
 */
@ApplicationScoped
public class WebhookDeliveries {

    private static final Logger LOG = Logger.getLogger(WebhookDeliveries.class);

    /** What the dispatcher holds while it posts one delivery. */
    public record Claim(UUID deliveryId, UUID subscriptionId, String url, String secret, Event event) {
    }

    /** What an attempt came to. */
    public enum Outcome { DELIVERED, RETRIED, FAILED }

    private final EventDeliveryRepository deliveries;
    private final EventFeedRepository feed;
    private final WebhookSubscriptionRepository subscriptions;
    private final DeliveryAttemptRepository attempts;
    private final ReportsSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    @Inject
    public WebhookDeliveries(EventDeliveryRepository deliveries, EventFeedRepository feed, WebhookSubscriptionRepository subscriptions,
                             DeliveryAttemptRepository attempts, ReportsSettings settings, Clock clock,
                             MeterRegistry metrics) {
        this.deliveries = deliveries;
        this.feed = feed;
        this.subscriptions = subscriptions;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * One delivery per subscription and matching event of the feed after the subscription's position,
     * the position moved in the same transaction; subscriptions another replica is fanning out are
     * skipped. Paused subscriptions are fanned out too: their deliveries wait, listed, until resumed.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int fanOut() {
        long end = feed.lastPosition();
        Instant now = clock.instant();
        int made = 0;
        for (String id : deliveries.subscriptionsBehind(end)) {
            made += deliveries.fanOut(UUID.fromString(id), end, now);
        }
        return made;
    }

    /** The next delivery due, leased to this dispatcher, with what it posts. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Claim> claimNext() {
        Instant now = clock.instant();
        Optional<UUID> claimed = deliveries.claimNext(now, now.plus(lease()));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        EventDelivery delivery = deliveries.findById(claimed.get());
        WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
        Event event = feed.byId(delivery.eventId).map(EventMapper::toEvent)
                .orElseThrow(() -> new IllegalStateException("Event " + delivery.eventId + " of delivery " + delivery.id + " is not in the feed"));
        return Optional.of(new Claim(delivery.id, subscription.id, subscription.url, subscription.secret, event));
    }

    /**
     * Records an attempt that started at {@code at}: delivered on a 2xx ({@code statusCode} given and
     * {@code error} null), otherwise retried, or failed once the give-up time from its first attempt has
     * come (then the subscription is paused, naming why). Nothing, when the delivery went meanwhile (its
     * subscription deleted).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Outcome> record(Claim claim, Instant at, Integer statusCode, String error, long durationMs) {
        EventDelivery delivery = deliveries.findById(claim.deliveryId());
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.deliveryId = delivery.id;
        attempt.number = delivery.attempts + 1;
        attempt.at = at;
        attempt.statusCode = statusCode;
        attempt.error = error;
        attempt.durationMs = durationMs;
        attempts.persist(attempt);
        delivery.attempts = attempt.number;
        delivery.leasedUntil = null;
        if (delivery.firstAttemptAt == null) {
            delivery.firstAttemptAt = at;
        }
        Instant now = clock.instant();
        Outcome outcome;
        if (error == null) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = now;
            delivery.nextAttemptAt = null;
            outcome = Outcome.DELIVERED;
        } else {
            Instant giveUpAt = delivery.firstAttemptAt.plus(settings.webhooks().giveUpAfter());
            if (now.isBefore(giveUpAt)) {
                Instant next = now.plus(backoffAfter(attempt.number));
                delivery.nextAttemptAt = next.isAfter(giveUpAt) ? giveUpAt : next;
                outcome = Outcome.RETRIED;
            } else {
                delivery.status = DeliveryStatus.FAILED;
                delivery.nextAttemptAt = null;
                outcome = Outcome.FAILED;
                String reason = "Delivery " + delivery.id + " of event " + delivery.eventId + " (" + delivery.eventType + ") failed "
                        + attempt.number + " attempts over " + settings.webhooks().giveUpAfter() + " from its first, the last: "
                        + error + ". Its other deliveries wait; set status ACTIVE to resume";
                if (subscriptions.pause(delivery.subscriptionId, reason, now)) {
                    LOG.warnf("Webhook subscription %s to %s is paused: %s", delivery.subscriptionId, claim.url(), reason);
                }
            }
        }
        metrics.counter("planprogress.webhook.deliveries", "outcome", outcome.name().toLowerCase()).increment();
        return Optional.of(outcome);
    }

    /** The wait after the attempt {@code number} failed: the backoff, doubled after each further failure, at most the maximum. */
    Duration backoffAfter(int number) {
        Duration wait = settings.webhooks().backoff().multipliedBy(1L << Math.min(number - 1, 30));
        Duration max = settings.webhooks().maxBackoff();
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /** Long enough for the POST to time out twice over: a dispatcher that holds it longer has stopped. */
    private Duration lease() {
        return settings.webhooks().timeout().multipliedBy(2).plusSeconds(30);
    }
}
