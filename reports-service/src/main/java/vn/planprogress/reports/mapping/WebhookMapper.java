package vn.planprogress.reports.mapping;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import vn.planprogress.common.events.EventType;
import vn.planprogress.reports.api.Webhook;
import vn.planprogress.reports.api.WebhookAttempt;
import vn.planprogress.reports.api.WebhookDelivery;
import vn.planprogress.reports.api.WebhookEvent;
import vn.planprogress.reports.domain.DeliveryAttempt;
import vn.planprogress.reports.domain.EventDelivery;
import vn.planprogress.reports.domain.WebhookSubscription;
import vn.planprogress.reports.repository.EventDeliveryRepository;

/** Webhook subscriptions, their deliveries and the feed's rows between the tables and the API, in one place. */
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

    /** The body a receiver gets for a row of the feed. */
    public static WebhookEvent toEvent(EventDeliveryRepository.FeedRow row, ObjectMapper json) {
        try {
            return new WebhookEvent(row.id(), WebhookEvent.cursorOf(row.position()), type(row.type()), row.occurredAt(), row.source(),
                    row.planId(), json.readValue(row.unitsJson(), new TypeReference<List<String>>() { }), json.readTree(row.dataJson()));
        } catch (IOException e) {
            throw new UncheckedIOException("Event " + row.id() + " of the feed could not be read", e);
        }
    }

    private static EventType type(String wireName) {
        return EventType.named(wireName).orElseThrow(() -> new IllegalStateException("Unknown event type " + wireName));
    }
}
