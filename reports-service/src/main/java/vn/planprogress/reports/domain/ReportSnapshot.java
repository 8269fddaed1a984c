package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.SnapshotKind;

/**
 * A report as it stood at {@code asOf}, never changed (the table refuses updates and deletes). The
 * report itself is kept as its documents (JSON, CSV, DOCX, PDF: {@link SnapshotDocument}), rendered
 * once when it was taken.
 */
@Entity
@Table(name = "report_snapshot")
@Immutable
public class ReportSnapshot {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "plan_number", nullable = false)
    public String planNumber;

    public String period;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SnapshotKind kind;

    /** The scheduled occurrence that took it, unique per plan; null when asked for through the API. */
    @Column(name = "trigger_key")
    public String triggerKey;

    @Column(name = "as_of", nullable = false)
    public Instant asOf;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static ReportSnapshot of(Report report, SnapshotKind kind, String triggerKey, Instant createdAt, String createdBy) {
        ReportSnapshot snapshot = new ReportSnapshot();
        snapshot.id = UUID.randomUUID();
        snapshot.planId = report.planId();
        snapshot.planNumber = report.planNumber() == null ? String.valueOf(report.planId()) : report.planNumber();
        snapshot.period = report.period();
        snapshot.kind = kind;
        snapshot.triggerKey = triggerKey;
        snapshot.asOf = report.asOf();
        snapshot.createdAt = createdAt;
        snapshot.createdBy = createdBy;
        return snapshot;
    }
}
