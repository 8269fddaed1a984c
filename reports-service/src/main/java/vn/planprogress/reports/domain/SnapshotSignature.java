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
import org.hibernate.annotations.Immutable;

/**
 * Chữ ký số: a signature of a snapshot's PDF, holding the whole signed PDF as it stood after it
 * (the one before it plus this signature, an incremental update). Never re-signed or replaced.
 */
@Entity
@Table(name = "snapshot_signature")
@IdClass(SnapshotSignature.Key.class)
@Immutable
public class SnapshotSignature {

    @Id
    @Column(name = "snapshot_id")
    public UUID snapshotId;

    @Id
    public int sequence;

    /** Who signed: the token's subject, unique per snapshot. */
    @Column(nullable = false)
    public String signer;

    @Column(name = "signer_name", nullable = false)
    public String signerName;

    @Column(nullable = false)
    public String reason;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(name = "certificate_subject", nullable = false)
    public String certificateSubject;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public byte[] sha256;

    public static class Key implements Serializable {
        public UUID snapshotId;
        public int sequence;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(snapshotId, key.snapshotId) && sequence == key.sequence;
        }

        @Override
        public int hashCode() {
            return Objects.hash(snapshotId, sequence);
        }
    }
}
