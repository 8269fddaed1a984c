package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.reports.api.Reminder;

/**
 * Nhắc hạn: a reminder for a plan's period, so many days before its unit deadline, recorded once per
 * (plan, period, days before), so that it is issued once whatever retries or replicas run.
 */
@Entity
@Table(name = "reminder_delivery")
public class ReminderDelivery {

    /**
     * ISSUED: written to the outbox as the {@code reminder.due} event {@link #eventId}, which webhook
     * subscriptions deliver. DELIVERED: posted by the reminders webhook of releases before that.
     */
    public enum Status { DELIVERED, ISSUED }

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(nullable = false)
    public String period;

    @Column(name = "days_before")
    public int daysBefore;

    @Column(name = "unit_deadline", nullable = false)
    public LocalDate unitDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "event_id")
    public UUID eventId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Reminder payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
