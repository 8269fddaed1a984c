package vn.planprogress.plans.service;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import vn.planprogress.plans.api.PlanStatus;
import vn.planprogress.plans.domain.Plan;
import vn.planprogress.plans.domain.Task;

/**
 * What {@code plan.issued}, {@code plan.amended} and {@code plan.closed} say of the plan (the
 * {@code data} of the event in the outbox): the plan as it stands after the change, its version
 * being the ETag the change answered with.
 */
public record PlanEvent(UUID planId, String number, String title, int year, PlanStatus status, long version) {

    static PlanEvent of(Plan plan) {
        return new PlanEvent(plan.id, plan.number(), plan.title, plan.year, plan.status, plan.version);
    }

    /** Đơn vị chủ trì và phối hợp: the codes of every lead and coordinating unit of the plan's tasks, groups resolved. */
    static Set<String> unitsOf(Plan plan) {
        Set<String> codes = new TreeSet<>();
        for (Task task : plan.tasks) {
            codes.addAll(task.leadUnits());
            codes.addAll(task.coordinatingUnits());
        }
        return codes;
    }

    /** The units before and after an amendment: a unit it takes off the plan is told too. */
    static Set<String> unitsOf(Collection<String> before, Plan after) {
        Set<String> codes = new TreeSet<>(before);
        codes.addAll(unitsOf(after));
        return codes;
    }
}
