package vn.planprogress.reports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.reports.api.WebhookStatus;

/** A webhook subscription: where the feed's events of some types are posted, signed with its secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    /** Wire names of {@link vn.planprogress.common.events.EventType}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "event_types", nullable = false)
    public List<String> eventTypes = new ArrayList<>();

    /** The HMAC key of its signatures; kept as given, since every delivery is signed with it. */
    @Column(nullable = false)
    public String secret;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status;

    @Column(name = "paused_reason")
    public String pausedReason;

    /** Moved by the fan-out only (in SQL), so that an update of the subscription never moves it back. */
    @Column(name = "fanned_out_position", nullable = false, updatable = false)
    public long fannedOutPosition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
