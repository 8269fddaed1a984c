package vn.planprogress.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.progress.api.Evidence;
import vn.planprogress.progress.api.IndicatorValue;
import vn.planprogress.progress.api.ProgressStatus;

/** One revision of a submission, whole and for good: written once, never updated or deleted (the database enforces it). */
@Entity
@Immutable
@Table(name = "revision")
@IdClass(Revision.Key.class)
public class Revision {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Id
    public int number;

    /** Saved by the unit but not submitted: not counted, not timed. */
    @Column(nullable = false)
    public boolean draft;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgressStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "indicator_values", nullable = false)
    public List<IndicatorValue> values = new ArrayList<>();

    public String summary;

    public String difficulties;

    public String proposals;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Evidence> evidence = new ArrayList<>();

    @Column(name = "correction_reason")
    public String correctionReason;

    /** Made after the end of the unit deadline day, after a first submission: it then carries a reason. */
    @Column(name = "late_correction", nullable = false)
    public boolean lateCorrection;

    /** The period's unit deadline as the plan stated it when this revision was made. */
    @Column(name = "unit_deadline", nullable = false)
    public LocalDate unitDeadline;

    /** When the first revision that was not a draft was made; null on drafts. */
    @Column(name = "first_submitted_at")
    public Instant firstSubmittedAt;

    /** Whether that first submission came after the deadline; null on drafts. */
    public Boolean late;

    /** The version of the plan this revision was checked against. */
    @Column(name = "plan_version", nullable = false)
    public long planVersion;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    public static class Key implements Serializable {
        public UUID submissionId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(submissionId, key.submissionId) && number == key.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(submissionId, number);
        }
    }
}
