package vn.planprogress.reports.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
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

    /** Records the reminder unless it is recorded already (then the first record stands). */
    public void recordOnce(ReminderDelivery delivery) {
        try {
            getEntityManager().createNativeQuery("""
                            insert into reminder_delivery (id, plan_id, period, days_before, unit_deadline, status, payload, created_at)
                            values (:id, :plan, :period, :days, :deadline, 'PENDING', cast(:payload as jsonb), :now)
                            on conflict (plan_id, period, days_before) do nothing""")
                    .setParameter("id", delivery.id)
                    .setParameter("plan", delivery.planId)
                    .setParameter("period", delivery.period)
                    .setParameter("days", delivery.daysBefore)
                    .setParameter("deadline", delivery.unitDeadline)
                    .setParameter("payload", json.writeValueAsString(delivery.payload))
                    .setParameter("now", delivery.createdAt)
                    .executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reminder could not be written as JSON", e);
        }
    }

    /** Takes the delivery for one sender until {@code until}: it is not delivered, and nobody else holds it. */
    public boolean claim(UUID id, Instant now, Instant until) {
        return update("status = ?1, claimedUntil = ?2 where id = ?3 and (status in (?4, ?5) or (status = ?1 and claimedUntil < ?6))",
                ReminderDelivery.Status.SENDING, until, id, ReminderDelivery.Status.PENDING, ReminderDelivery.Status.FAILED, now) == 1;
    }

    public void finish(UUID id, ReminderDelivery.Status status, int attempts, String error, Instant deliveredAt) {
        update("status = ?1, attempts = attempts + ?2, lastError = ?3, deliveredAt = ?4, claimedUntil = null where id = ?5",
                status, attempts, error, deliveredAt, id);
    }
}
