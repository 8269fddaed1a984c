package vn.planprogress.reports.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The mails sent, one row per reminder (plan, period, days before, unit) or digest (plan, day, unit). */
@ApplicationScoped
public class MailDeliveryRepository {

    public static final String REMINDER = "REMINDER";
    public static final String DIGEST = "DIGEST";

    private final EntityManager entities;

    @Inject
    public MailDeliveryRepository(EntityManager entities) {
        this.entities = entities;
    }

    /** A mail to be sent, by what makes it one. */
    public record Key(String kind, UUID planId, String period, Integer daysBefore, LocalDate day, String unitCode) {
    }

    /** Records the mail unless it is recorded (the first record stands); returns the record's id. */
    public UUID recordOnce(Key key, List<String> recipients, String subject, Instant now) {
        entities.createNativeQuery("""
                        insert into mail_delivery (id, kind, plan_id, period, days_before, day, unit_code, recipients, subject, status, created_at)
                        values (:id, :kind, :plan, :period, :days, :day, :unit, :recipients, :subject, 'PENDING', :now)
                        on conflict do nothing""")
                .setParameter("id", UUID.randomUUID())
                .setParameter("kind", key.kind())
                .setParameter("plan", key.planId())
                .setParameter("period", key.period())
                .setParameter("days", key.daysBefore())
                .setParameter("day", key.day())
                .setParameter("unit", key.unitCode())
                .setParameter("recipients", String.join(", ", recipients))
                .setParameter("subject", subject)
                .setParameter("now", now)
                .executeUpdate();
        String sameKey = REMINDER.equals(key.kind())
                ? "kind = 'REMINDER' and plan_id = :plan and period = :period and days_before = :days and unit_code = :unit"
                : "kind = 'DIGEST' and plan_id = :plan and day = :day and unit_code = :unit";
        var query = entities.createNativeQuery("select id from mail_delivery where " + sameKey, UUID.class)
                .setParameter("plan", key.planId())
                .setParameter("unit", key.unitCode());
        if (REMINDER.equals(key.kind())) {
            query.setParameter("period", key.period()).setParameter("days", key.daysBefore());
        } else {
            query.setParameter("day", key.day());
        }
        return (UUID) query.getSingleResult();
    }

    /** Takes the mail for one sender until {@code until}: it is not sent, and nobody else holds it. */
    public boolean claim(UUID id, Instant now, Instant until) {
        return entities.createNativeQuery("""
                        update mail_delivery set status = 'SENDING', claimed_until = :until
                        where id = :id and (status in ('PENDING', 'FAILED') or (status = 'SENDING' and claimed_until < :now))""")
                .setParameter("until", until)
                .setParameter("id", id)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    public void finish(UUID id, String status, String error, Instant sentAt) {
        entities.createNativeQuery("""
                        update mail_delivery set status = :status, attempts = attempts + 1, last_error = :error, sent_at = :sent,
                        claimed_until = null where id = :id""")
                .setParameter("status", status)
                .setParameter("error", error)
                .setParameter("sent", sentAt)
                .setParameter("id", id)
                .executeUpdate();
    }
}
