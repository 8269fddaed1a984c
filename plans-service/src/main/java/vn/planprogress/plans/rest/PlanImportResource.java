package vn.planprogress.plans.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.plans.api.PlanImport;
import vn.planprogress.plans.api.PlanImportApi;
import vn.planprogress.plans.service.PlanImports;

public class PlanImportResource implements PlanImportApi {

    private final PlanImports imports;
    private final IdempotentCreation idempotent;

    @Inject
    public PlanImportResource(PlanImports imports, IdempotentCreation idempotent) {
        this.imports = imports;
        this.idempotent = idempotent;
    }

    @Override
    public Response importPlan(Boolean dryRun, String idempotencyKey, String contentType, byte[] document) {
        if (Boolean.TRUE.equals(dryRun)) {
            return Response.ok(imports.importPlan(document, contentType, true)).build();
        }
        return idempotent.create("POST /api/v1/plans/imports", idempotencyKey, document, () -> {
            PlanImport imported = imports.importPlan(document, contentType, false);
            URI location = URI.create(imported.planId() != null ? "/api/v1/plans/" + imported.planId() : "/api/v1/plans/imports/" + imported.id());
            return new Created(location, imported, null);
        });
    }

    @Override
    public PlanImport get(UUID importId) {
        return imports.get(importId);
    }
}
