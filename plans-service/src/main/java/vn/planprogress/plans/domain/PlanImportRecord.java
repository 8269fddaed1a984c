package vn.planprogress.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An import as kept: the document as it was sent, and the answer the import gave (never changed). */
@Entity
@Table(name = "plan_import")
public class PlanImportRecord {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String form;

    @Column(name = "content_type", nullable = false)
    public String contentType;

    @Column(name = "byte_size", nullable = false)
    public long byteSize;

    @Column(nullable = false)
    public String sha256;

    @Column(nullable = false)
    public byte[] document;

    @Column(name = "plan_id")
    public UUID planId;

    /** The answer as JSON, the API's PlanImport. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String answer;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
