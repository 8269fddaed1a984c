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
import vn.planprogress.reports.api.Reminder;
import vn.planprogress.reports.client.ReminderWebhook;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.domain.ReminderDelivery;
import vn.planprogress.reports.repository.ReminderDeliveryRepository;

/**
 * Reminders delivered to the webhook at most once each: recorded once per (plan, period, days
 * before the deadline), claimed by one sender at a time, retried with a doubling wait, and never
 * sent again once the receiver has answered 2xx.
 */
@ApplicationScoped
public class ReminderDeliveries {

    private static final Logger LOG = Logger.getLogger(ReminderDeliveries.class);

    private final ReminderDeliveryRepository deliveries;
    private final ReminderWebhook webhook;
    private final ReportsSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    @Inject
    public ReminderDeliveries(ReminderDeliveryRepository deliveries,
                              ReminderWebhook webhook,
                              ReportsSettings settings,
                              Clock clock,
                              MeterRegistry metrics) {
        this.deliveries = deliveries;
        this.webhook = webhook;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ReminderDelivery> of(UUID planId, String period, int daysBefore) {
        return deliveries.of(planId, period, daysBefore);
    }

    /** Records the reminder (the first record stands if one exists) and returns the record. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ReminderDelivery record(Reminder reminder) {
        ReminderDelivery delivery = new ReminderDelivery();
        delivery.id = reminder.deliveryId();
        delivery.planId = reminder.planId();
        delivery.period = reminder.period();
        delivery.daysBefore = reminder.daysBefore();
        delivery.unitDeadline = reminder.unitDeadline();
        delivery.payload = reminder;
        delivery.createdAt = clock.instant();
        deliveries.recordOnce(delivery);
        return deliveries.of(reminder.planId(), reminder.period(), reminder.daysBefore()).orElseThrow();
    }

    /**
     * Delivers the recorded reminder unless it is delivered or another sender holds it. Returns
     * whether it is delivered now; throws when every attempt failed (the record says FAILED).
     */
    public boolean deliver(ReminderDelivery delivery) {
        var reminders = settings.reminders();
        Duration holdFor = reminders.timeout().plus(reminders.backoff()).multipliedBy(reminders.maxAttempts() * 2L);
        if (!claim(delivery.id, holdFor)) {
            return false;
        }
        String error = null;
        Duration wait = reminders.backoff();
        for (int attempt = 1; attempt <= reminders.maxAttempts(); attempt++) {
            try {
                webhook.post(delivery.payload);
                finish(delivery.id, ReminderDelivery.Status.DELIVERED, attempt, null, clock.instant());
                return true;
            } catch (RuntimeException e) {
                error = e.getMessage();
                LOG.warnf("Reminder %s, attempt %d of %d: %s", delivery.id, attempt, reminders.maxAttempts(), error);
            }
            if (attempt < reminders.maxAttempts()) {
                sleep(wait);
                wait = wait.multipliedBy(2);
            }
        }
        finish(delivery.id, ReminderDelivery.Status.FAILED, reminders.maxAttempts(), error, null);
        throw new IllegalStateException("The reminder of plan " + delivery.payload.planNumber() + " for " + delivery.period
                + " could not be delivered after " + reminders.maxAttempts() + " attempts: " + error);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(UUID id, Duration holdFor) {
        Instant now = clock.instant();
        return deliveries.claim(id, now, now.plus(holdFor));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(UUID id, ReminderDelivery.Status status, int attempts, String error, Instant deliveredAt) {
        deliveries.finish(id, status, attempts, error, deliveredAt);
        metrics.counter("planprogress.reminder.deliveries", "outcome", status.name()).increment();
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted between reminder attempts", e);
        }
    }
}
