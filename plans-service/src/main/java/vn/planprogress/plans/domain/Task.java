package vn.planprogress.plans.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.plans.api.ScheduleKind;
import vn.planprogress.plans.api.UnitGroup;

/** Nhiệm vụ: a task of a plan, with its units, time frame and indicators. */
@Entity
@Table(name = "task")
public class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_kind", nullable = false)
    public ScheduleKind scheduleKind;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "schedule_quarters")
    public List<Integer> scheduleQuarters;

    @Column(name = "schedule_from")
    public LocalDate scheduleFrom;

    @Column(name = "schedule_to")
    public LocalDate scheduleTo;

    @Column(name = "schedule_label")
    public String scheduleLabel;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to", nullable = false)
    public LocalDate effectiveTo;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "content_refs", nullable = false)
    public List<String> contentRefs = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "coordinating_groups", nullable = false)
    public List<UnitGroup> coordinatingGroups = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<TaskUnit> units = new ArrayList<>();

    @OneToMany(mappedBy = "task", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Indicator> indicators = new ArrayList<>();

    /** Đơn vị chủ trì, in the order given. */
    public List<String> leadUnits() {
        return unitCodes(TaskUnit.Role.LEAD, null);
    }

    /** Đơn vị phối hợp named one by one, in the order given. */
    public List<String> namedCoordinatingUnits() {
        return unitCodes(TaskUnit.Role.COORDINATING, false);
    }

    /** Every coordinating unit, named or through a group. */
    public List<String> coordinatingUnits() {
        return unitCodes(TaskUnit.Role.COORDINATING, null);
    }

    private List<String> unitCodes(TaskUnit.Role role, Boolean viaGroup) {
        return units.stream()
                .filter(u -> u.role == role && (viaGroup == null || u.viaGroup == viaGroup))
                .map(u -> u.unitCode)
                .toList();
    }
}
