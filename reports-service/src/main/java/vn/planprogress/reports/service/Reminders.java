package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.events.Outbox;
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.api.Reminder;
import vn.planprogress.reports.repository.ReminderDeliveryRepository;

/**
 * Nhắc hạn: each reminder issued once, as a {@code reminder.due} event written in the transaction that
 * records it, so the event exists exactly when the record does. The webhook subscriptions to
 * {@code reminder.due} (the reminders webhook among them) deliver it from the feed.
 */
@ApplicationScoped
public class Reminders {

    private final ReminderDeliveryRepository records;
    private final Outbox outbox;
    private final Clock clock;

    @Inject
    public Reminders(ReminderDeliveryRepository records, Outbox outbox, Clock clock) {
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Whether the reminder for this plan, period and day count has been issued (or posted by the old webhook). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean issued(UUID planId, String period, int daysBefore) {
        return records.of(planId, period, daysBefore).isPresent();
    }

    /**
     * Records the reminder and writes its event naming the lead units that owe; false, writing nothing,
     * when this plan, period and day count has its reminder already.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean issue(Reminder reminder) {
        if (!records.recordOnce(reminder, clock.instant())) {
            return false;
        }
        UUID event = outbox.record(EventType.REMINDER_DUE, reminder.planId(),
                reminder.units().stream().map(Completeness.UnitSubmissions::code).toList(), reminder);
        records.issuedAs(reminder.deliveryId(), event);
        return true;
    }
}
