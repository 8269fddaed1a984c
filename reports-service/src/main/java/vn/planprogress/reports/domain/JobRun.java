package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.api.JobOutput;

/**
 * A run of a scheduled job. Inserting it claims the occurrence: (job, scheduled instant, attempt)
 * is unique, so of several replicas ticking at once exactly one runs it.
 */
@Entity
@Table(name = "job_run")
public class JobRun {

    @Id
    public UUID id;

    @Column(name = "job_name", nullable = false)
    public String jobName;

    @Column(name = "scheduled_for", nullable = false)
    public Instant scheduledFor;

    public int attempt;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public JobOutcome outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<JobOutput> produced;

    public String error;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
}
