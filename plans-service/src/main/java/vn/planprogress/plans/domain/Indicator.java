package vn.planprogress.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.plans.api.IndicatorPart;

/** Chỉ tiêu: a quantitative target of a task, optionally broken down into parts. */
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

    @Column(nullable = false, precision = 20, scale = 4)
    public BigDecimal target;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<IndicatorPart> parts = new ArrayList<>();
}
