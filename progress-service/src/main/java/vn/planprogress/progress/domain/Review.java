package vn.planprogress.progress.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.planprogress.progress.api.ReviewDecision;

/** A decision of the department on one revision of a submission; kept for good, like the revisions. */
@Entity
@Immutable
@Table(name = "review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "submission_id", nullable = false)
    public UUID submissionId;

    /** The number of the revision decided on. */
    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ReviewDecision decision;

    public String comment;

    @Column(name = "reviewed_by", nullable = false)
    public String reviewedBy;

    @Column(name = "reviewed_at", nullable = false)
    public Instant reviewedAt;
}
