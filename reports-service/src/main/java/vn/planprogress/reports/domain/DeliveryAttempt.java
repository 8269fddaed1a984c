package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One POST of a delivery: what the receiver answered, or why it could not be posted. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(DeliveryAttempt.Key.class)
public class DeliveryAttempt {

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int number;

    @Column(nullable = false)
    public Instant at;

    @Column(name = "status_code")
    public Integer statusCode;

    public String error;

    @Column(name = "duration_ms")
    public long durationMs;

    public static class Key implements Serializable {

        public UUID deliveryId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.number == number && Objects.equals(key.deliveryId, deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, number);
        }
    }
}
