package vn.planprogress.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.progress.api.ReviewState;

/**
 * Báo cáo tiến độ: a unit's progress on a task for a period. This row is the head of the history:
 * the content lives in its {@link Revision}s, the department's decisions in its {@link Review}s.
 */
@Entity
@Table(name = "submission")
public class Submission {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "task_code", nullable = false)
    public String taskCode;

    @Column(name = "unit_code", nullable = false)
    public String unitCode;

    @Column(nullable = false)
    public String period;

    /** The latest revision's number; also the ETag that a correction must send back. */
    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewState state;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public SubmissionKey key() {
        return new SubmissionKey(planId, taskCode, unitCode, period);
    }
}
