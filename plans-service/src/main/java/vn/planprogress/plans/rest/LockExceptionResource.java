package vn.planprogress.plans.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.plans.api.LockExceptionApi;
import vn.planprogress.plans.api.LockExceptionDocument;
import vn.planprogress.plans.api.LockExceptionRequest;
import vn.planprogress.plans.service.LockExceptionService;

public class LockExceptionResource implements LockExceptionApi {

    private final LockExceptionService exceptions;
    private final IdempotentCreation idempotent;

    @Inject
    public LockExceptionResource(LockExceptionService exceptions, IdempotentCreation idempotent) {
        this.exceptions = exceptions;
        this.idempotent = idempotent;
    }

    @Override
    public Response create(UUID planId, String idempotencyKey, LockExceptionRequest exception) {
        return idempotent.create("POST /api/v1/plans/" + planId + "/lock-exceptions", idempotencyKey, exception, () -> {
            LockExceptionDocument created = exceptions.create(planId, exception);
            return new Created(URI.create("/api/v1/plans/" + planId + "/lock-exceptions/" + created.id()), created, null);
        });
    }

    @Override
    public List<LockExceptionDocument> list(UUID planId, String unitCode, String period) {
        return exceptions.list(planId, unitCode, period);
    }

    @Override
    public LockExceptionDocument get(UUID planId, UUID exceptionId) {
        return exceptions.get(planId, exceptionId);
    }

    @Override
    public void delete(UUID planId, UUID exceptionId) {
        exceptions.delete(planId, exceptionId);
    }
}
