package vn.planprogress.plans.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.TaskApi;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.service.PlanService;

public class TaskResource implements TaskApi {

    private final PlanService plans;
    private final IdempotentCreation idempotent;

    @Inject
    public TaskResource(PlanService plans, IdempotentCreation idempotent) {
        this.plans = plans;
        this.idempotent = idempotent;
    }

    @Override
    public Page<TaskDocument> list(UUID planId, PageRequest page) {
        return plans.tasks(planId, page);
    }

    @Override
    public Response add(UUID planId, String ifMatch, String idempotencyKey, TaskDocument task) {
        return idempotent.create("POST /api/v1/plans/" + planId + "/tasks", idempotencyKey, task, () -> {
            TaskDocument added = plans.addTask(planId, task, ifMatch);
            return new Created(URI.create("/api/v1/plans/" + planId + "/tasks/" + added.code()), added,
                    ETags.of(plans.version(planId)));
        });
    }

    @Override
    public Response get(UUID planId, String taskCode) {
        return Response.ok(plans.task(planId, taskCode)).tag(ETags.of(plans.version(planId))).build();
    }

    @Override
    public Response replace(UUID planId, String taskCode, String ifMatch, TaskDocument task) {
        TaskDocument replaced = plans.replaceTask(planId, taskCode, task, ifMatch);
        return Response.ok(replaced).tag(ETags.of(plans.version(planId))).build();
    }

    @Override
    public void delete(UUID planId, String taskCode, String ifMatch) {
        plans.deleteTask(planId, taskCode, ifMatch);
    }
}
