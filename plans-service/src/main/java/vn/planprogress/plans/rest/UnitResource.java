package vn.planprogress.plans.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.UnitApi;
import vn.planprogress.plans.api.UnitDocument;
import vn.planprogress.plans.api.UnitKind;
import vn.planprogress.plans.service.UnitService;

public class UnitResource implements UnitApi {

    private final UnitService units;
    private final IdempotentCreation idempotent;

    @Inject
    public UnitResource(UnitService units, IdempotentCreation idempotent) {
        this.units = units;
        this.idempotent = idempotent;
    }

    @Override
    public Page<UnitDocument> list(String parentCode, UnitKind kind, PageRequest page) {
        return units.list(parentCode, kind, page);
    }

    @Override
    public Response create(String idempotencyKey, UnitDocument unit) {
        return idempotent.create("POST /api/v1/units", idempotencyKey, unit, () -> {
            UnitDocument created = units.create(unit);
            return new Created(URI.create("/api/v1/units/" + created.code()), created, ETags.of(created.version()));
        });
    }

    @Override
    public Response get(String code) {
        UnitDocument unit = units.get(code);
        return Response.ok(unit).tag(ETags.of(unit.version())).build();
    }

    @Override
    public Response update(String code, String ifMatch, UnitDocument unit) {
        UnitDocument updated = units.update(code, unit, ifMatch);
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @Override
    public void delete(String code) {
        units.delete(code);
    }
}
