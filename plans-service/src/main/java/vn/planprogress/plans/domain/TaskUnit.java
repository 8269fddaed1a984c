package vn.planprogress.plans.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A unit's part in a task: lead (chủ trì) or coordinating (phối hợp). */
@Entity
@Table(name = "task_unit")
@IdClass(TaskUnit.Key.class)
public class TaskUnit {

    public enum Role {
        LEAD,
        COORDINATING
    }

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    public Task task;

    @Id
    @Column(name = "unit_code")
    public String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Role role;

    @Column(nullable = false)
    public int position;

    /** Whether the unit was named through a group rather than by its code. */
    @Column(name = "via_group", nullable = false)
    public boolean viaGroup;

    public static class Key implements Serializable {
        public Long task;
        public String unitCode;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(task, key.task) && Objects.equals(unitCode, key.unitCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(task, unitCode);
        }
    }
}
