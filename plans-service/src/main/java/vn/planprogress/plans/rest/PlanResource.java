package vn.planprogress.plans.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.AmendmentRequest;
import vn.planprogress.plans.api.IssueRequest;
import vn.planprogress.plans.api.PlanApi;
import vn.planprogress.plans.api.PlanCalendarDocument;
import vn.planprogress.plans.api.PlanDigest;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.PlanStatus;
import vn.planprogress.plans.api.PlanSummary;
import vn.planprogress.plans.api.PlanVersionSummary;
import vn.planprogress.plans.service.PlanService;

public class PlanResource implements PlanApi {

    private final PlanService plans;
    private final IdempotentCreation idempotent;

    @Inject
    public PlanResource(PlanService plans, IdempotentCreation idempotent) {
        this.plans = plans;
        this.idempotent = idempotent;
    }

    @Override
    public Page<PlanSummary> list(Integer year,
                                  String ownerUnit,
                                  PlanStatus status,
                                  String parentPlanNumber,
                                  PageRequest page) {
        return plans.list(year, ownerUnit, status, parentPlanNumber, page);
    }

    @Override
    public Response create(String idempotencyKey, PlanDocument plan) {
        return idempotent.create("POST /api/v1/plans", idempotencyKey, plan, () -> {
            PlanDocument created = plans.create(plan);
            return new Created(URI.create("/api/v1/plans/" + created.id()), created, ETags.of(created.version()));
        });
    }

    @Override
    public Response get(UUID planId) {
        return withETag(plans.get(planId));
    }

    @Override
    public Response replace(UUID planId, String ifMatch, PlanDocument plan) {
        return withETag(plans.replace(planId, plan, ifMatch));
    }

    @Override
    public void delete(UUID planId, String ifMatch) {
        plans.delete(planId, ifMatch);
    }

    @Override
    public Response issue(UUID planId, String ifMatch, IssueRequest request) {
        return withETag(plans.issue(planId, request, ifMatch));
    }

    @Override
    public Response amend(UUID planId, String ifMatch, String idempotencyKey, AmendmentRequest amendment) {
        return idempotent.create("POST /api/v1/plans/" + planId + "/amendments", idempotencyKey, amendment, () -> {
            PlanDocument amended = plans.amend(planId, amendment, ifMatch);
            return new Created(URI.create("/api/v1/plans/" + planId + "/versions/" + amended.amendment()), amended,
                    ETags.of(amended.version()));
        });
    }

    @Override
    public Response close(UUID planId, String ifMatch) {
        return withETag(plans.close(planId, ifMatch));
    }

    @Override
    public List<PlanVersionSummary> versions(UUID planId) {
        return plans.versions(planId);
    }

    @Override
    public Response version(UUID planId, int amendment) {
        return Response.ok(plans.version(planId, amendment), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @Override
    public Response digest(UUID planId, HttpHeaders headers) {
        EntityTag tag = new EntityTag(plans.digestTag(planId));
        // A read honours If-None-Match only: an If-Match (a plan's own ETag, say) has nothing to guard on a GET.
        if (ETags.anyMatches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
            return Response.notModified(tag).build();
        }
        PlanDigest digest = plans.digest(planId);
        return Response.ok(digest).tag(tag).build();
    }

    @Override
    public PlanCalendarDocument calendar(UUID planId) {
        return plans.calendar(planId);
    }

    private static Response withETag(PlanDocument plan) {
        return Response.ok(plan).tag(ETags.of(plan.version())).build();
    }
}
