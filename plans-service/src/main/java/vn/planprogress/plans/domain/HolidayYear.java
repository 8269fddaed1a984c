package vn.planprogress.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.planprogress.plans.api.HolidayDay;

/** A year's days off and working Saturdays (ngày làm bù) as an admin set them; a year without a row uses the defaults. */
@Entity
@Table(name = "holiday_year")
public class HolidayYear {

    @Id
    public int year;

    public String note;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "days_off", nullable = false)
    public List<HolidayDay> daysOff = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working_saturdays", nullable = false)
    public List<HolidayDay> workingSaturdays = new ArrayList<>();

    /** 1 for the first list set, one more at every replacement; the defaults are version 0. */
    @Column(nullable = false)
    public long version;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
