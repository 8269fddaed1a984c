package vn.planprogress.plans.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.plans.api.ContentSection;
import vn.planprogress.plans.api.DocumentRef;
import vn.planprogress.plans.api.PlanStatus;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.Signer;

/** Kế hoạch: a department's plan for a year. */
@Entity
@Table(name = "plan")
public class Plan {

    @Id
    public UUID id;

    /** The document symbol, e.g. KH-SKHCN. */
    @Column(name = "number_symbol", nullable = false)
    public String numberSymbol;

    /** The register's sequence number, given when the plan is issued. */
    @Column(name = "number_sequence")
    public Integer numberSequence;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public int year;

    @Column(name = "owner_unit", nullable = false)
    public String ownerUnit;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String place;

    @JdbcTypeCode(SqlTypes.JSON)
    public Signer signer;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "parent_plan_ref")
    public DocumentRef parentPlanRef;

    /** Derived by the database from parentPlanRef, to find the plans that implement the same one. */
    @Column(name = "parent_plan_number", insertable = false, updatable = false)
    public String parentPlanNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legal_bases", nullable = false)
    public List<DocumentRef> legalBases = new ArrayList<>();

    public String preamble;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> purposes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content_sections", nullable = false)
    public List<ContentSection> contentSections = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ContentSection> implementation = new ArrayList<>();

    @Column(name = "budget_source")
    public String budgetSource;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<String> recipients = new ArrayList<>();

    /** The reporting rules as given; the periods are derived when read. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Reporting reporting;

    /** Kept beside the rules so that the database refuses to delete a unit that consolidates a plan. */
    @Column(name = "consolidation_unit", nullable = false)
    public String consolidationUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;

    @Column(nullable = false)
    public int amendment;

    @Version
    public long version;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Task> tasks = new ArrayList<>();

    /** The number as written on the document: the symbol, preceded by the sequence once issued. */
    public String number() {
        return numberSequence == null ? numberSymbol : numberSequence + "/" + numberSymbol;
    }
}
