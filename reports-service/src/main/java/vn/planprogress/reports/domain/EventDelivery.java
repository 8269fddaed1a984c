package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.reports.api.DeliveryStatus;

/** One event of the feed for one subscription: made by the fan-out, posted by the dispatcher until it is delivered or gives up. */
@Entity
@Table(name = "webhook_delivery")
public class EventDelivery {

    @Id
    public UUID id;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_position", nullable = false)
    public long eventPosition;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "first_attempt_at")
    public Instant firstAttemptAt;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    /** While set and ahead, one dispatcher is posting it and no other takes it. */
    @Column(name = "leased_until")
    public Instant leasedUntil;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
