package vn.planprogress.reports.mapping;

import java.util.List;
import vn.planprogress.common.events.EventType;
import vn.planprogress.reports.api.Webhook;
import vn.planprogress.reports.api.WebhookAttempt;
import vn.planprogress.reports.api.WebhookDelivery;
import vn.planprogress.reports.domain.DeliveryAttempt;
import vn.planprogress.reports.domain.EventDelivery;
import vn.planprogress.reports.domain.WebhookSubscription;

/** Webhook subscriptions, and their deliveries between the tables and the API, in one place. */
public final class WebhookMapper {

    private WebhookMapper() {
    }

    /** The subscription as answered: never its secret. */
    public static Webhook toApi(WebhookSubscription subscription) {
        return new Webhook(subscription.id, subscription.url, subscription.eventTypes.stream().map(WebhookMapper::type).toList(),
                true, subscription.description, subscription.status, subscription.pausedReason, subscription.createdAt,
                subscription.createdBy, subscription.updatedAt, subscription.version);
    }

    public static WebhookDelivery toApi(EventDelivery delivery, List<DeliveryAttempt> attempts) {
        return new WebhookDelivery(delivery.id, delivery.eventId, type(delivery.eventType), delivery.status,
                attempts.stream().map(a -> new WebhookAttempt(a.number, a.at, a.statusCode, a.error, a.durationMs)).toList(),
                delivery.nextAttemptAt, delivery.deliveredAt);
    }

    private static EventType type(String wireName) {
        return EventType.named(wireName).orElseThrow(() -> new IllegalStateException("Unknown event type " + wireName));
    }
}
