package vn.planprogress.plans.domain;

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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.plans.api.Aggregation;
import vn.planprogress.plans.api.Baseline;
import vn.planprogress.plans.api.Direction;
import vn.planprogress.plans.api.IndicatorPart;
import vn.planprogress.plans.api.Measure;

/** Chỉ tiêu: a target of a task (a number, a percentage or a text result), optionally broken down into parts. */
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Kept on the row so that the database keeps indicator codes unique within a plan. */
    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(name = "unit_of_measure")
    public String unitOfMeasure;

    /** Null for a qualitative indicator. */
    @Column(precision = 20, scale = 4)
    public BigDecimal target;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<IndicatorPart> parts = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Measure measure = Measure.NUMBER;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction = Direction.INCREASE;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Aggregation aggregation = Aggregation.SUM;

    /** Giá trị cơ sở, when the plan states one. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Baseline baseline;

    /** Targets per period code, when the plan gives them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "period_targets")
    public Map<String, BigDecimal> periodTargets;

    /** A percent indicator's units' weights in their mean, by unit code. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, BigDecimal> weights;
}
