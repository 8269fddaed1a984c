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
 * A reminder for a plan's period, so many days before its unit deadline: one row per reminder, so
 * that once delivered it is never sent again, whatever retries or replicas run.
 */
@Entity
@Table(name = "reminder_delivery")
public class ReminderDelivery {

    /** PENDING (recorded), SENDING (claimed by a run until claimedUntil), DELIVERED, FAILED (to be tried again). */
    public enum Status { PENDING, SENDING, DELIVERED, FAILED }

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

    public int attempts;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Reminder payload;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
