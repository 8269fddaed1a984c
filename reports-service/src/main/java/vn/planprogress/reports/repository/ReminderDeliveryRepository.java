package vn.planprogress.reports.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.planprogress.reports.api.Reminder;
import vn.planprogress.reports.domain.ReminderDelivery;

@ApplicationScoped
public class ReminderDeliveryRepository implements PanacheRepositoryBase<ReminderDelivery, UUID> {

    private final ObjectMapper json;

    @Inject
    public ReminderDeliveryRepository(ObjectMapper json) {
        this.json = json;
    }

    public Optional<ReminderDelivery> of(UUID planId, String period, int daysBefore) {
        return find("planId = ?1 and period = ?2 and daysBefore = ?3", planId, period, daysBefore).firstResultOptional();
    }

    /**
     * Records the reminder as issued unless one is recorded for its plan, period and days before (then
     * the first record stands, and a concurrent run waits for it); whether this call recorded it.
     */
    public boolean recordOnce(Reminder reminder, Instant now) {
        try {
            return getEntityManager().createNativeQuery("""
                            insert into reminder_delivery (id, plan_id, period, days_before, unit_deadline, status, payload, created_at)
                            values (:id, :plan, :period, :days, :deadline, 'ISSUED', cast(:payload as jsonb), :now)
                            on conflict (plan_id, period, days_before) do nothing""")
                    .setParameter("id", reminder.deliveryId())
                    .setParameter("plan", reminder.planId())
                    .setParameter("period", reminder.period())
                    .setParameter("days", reminder.daysBefore())
                    .setParameter("deadline", reminder.unitDeadline())
                    .setParameter("payload", json.writeValueAsString(reminder))
                    .setParameter("now", now)
                    .executeUpdate() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reminder could not be written as JSON", e);
        }
    }

    public void issuedAs(UUID id, UUID eventId) {
        update("eventId = ?1 where id = ?2", eventId, id);
    }
}
