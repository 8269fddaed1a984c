package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One of a snapshot's documents, as the bytes that every download returns (the table refuses updates and deletes). */
@Entity
@Table(name = "snapshot_document")
@IdClass(SnapshotDocument.Key.class)
@Immutable
public class SnapshotDocument {

    @Id
    @Column(name = "snapshot_id")
    public UUID snapshotId;

    @Id
    @Enumerated(EnumType.STRING)
    public DocumentFormat format;

    @Column(name = "format_version", nullable = false)
    public int formatVersion;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(nullable = false)
    public byte[] content;

    @Column(nullable = false)
    public byte[] sha256;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static SnapshotDocument of(UUID snapshotId, DocumentFormat format, byte[] content, Instant createdAt) {
        SnapshotDocument document = new SnapshotDocument();
        document.snapshotId = snapshotId;
        document.format = format;
        document.formatVersion = format.version;
        document.mediaType = format.mediaType;
        document.content = content;
        document.sha256 = StoredBytes.sha256(content);
        document.createdAt = createdAt;
        return document;
    }

    public static class Key implements Serializable {
        public UUID snapshotId;
        public DocumentFormat format;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(snapshotId, key.snapshotId) && format == key.format;
        }

        @Override
        public int hashCode() {
            return Objects.hash(snapshotId, format);
        }
    }
}
