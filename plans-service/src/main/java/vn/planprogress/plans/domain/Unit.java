package vn.planprogress.plans.domain;

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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.plans.api.UnitKind;

/** Đơn vị: a unit of the province's administration, or an external body. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "short_name")
    public String shortName;

    /** The unit this one belongs to: a division's department, a department's province. */
    @Column(name = "parent_code")
    public String parentCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    /** Where the reports service mails the unit's reminders and digests. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contact_emails", nullable = false)
    public List<String> contactEmails = new ArrayList<>();

    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
