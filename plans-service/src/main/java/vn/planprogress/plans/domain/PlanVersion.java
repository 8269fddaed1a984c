package vn.planprogress.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An issued version of a plan, kept whole as the JSON bytes it is served as (never changed: the
 * table refuses updates): the original at issue, then one per amendment.
 */
@Entity
@Table(name = "plan_version")
@IdClass(PlanVersion.Key.class)
public class PlanVersion {

    /** The format of {@link #content}: the API's PlanDocument as of this version of the service. */
    public static final int FORMAT_VERSION = 1;

    @Id
    @Column(name = "plan_id")
    public UUID planId;

    @Id
    public int amendment;

    public String reason;

    /** The version as GET /plans/{id}/versions/{n} serves it, byte for byte. */
    @Column(nullable = false)
    public byte[] content;

    @Column(name = "format_version", nullable = false)
    public int formatVersion;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static class Key implements Serializable {
        public UUID planId;
        public int amendment;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(planId, key.planId) && amendment == key.amendment;
        }

        @Override
        public int hashCode() {
            return Objects.hash(planId, amendment);
        }
    }
}
