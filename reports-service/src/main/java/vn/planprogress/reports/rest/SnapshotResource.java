package vn.planprogress.reports.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.ReportSignature;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.api.SnapshotApi;
import vn.planprogress.reports.api.SnapshotRequest;
import vn.planprogress.reports.api.SnapshotSummary;
import vn.planprogress.reports.service.SnapshotDocuments;
import vn.planprogress.reports.service.SnapshotService;
import vn.planprogress.reports.service.SnapshotSigning;

public class SnapshotResource implements SnapshotApi {

    private final SnapshotService snapshots;
    private final SnapshotDocuments documents;
    private final SnapshotSigning signing;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    @Inject
    public SnapshotResource(SnapshotService snapshots,
                            SnapshotDocuments documents,
                            SnapshotSigning signing,
                            IdempotentCreation idempotent,
                            Caller caller) {
        this.snapshots = snapshots;
        this.documents = documents;
        this.signing = signing;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Override
    public Response take(UUID planId, String idempotencyKey, SnapshotRequest request) {
        SnapshotRequest body = request == null ? new SnapshotRequest(null, null) : request;
        return idempotent.create("POST /api/v1/reports/plans/" + planId + "/snapshots", idempotencyKey, body, () -> {
            Snapshot snapshot = snapshots.take(planId, body, caller.subject());
            return new Created(URI.create("/api/v1/reports/snapshots/" + snapshot.id()), snapshot, null);
        });
    }

    @Override
    public Page<SnapshotSummary> list(UUID planId, PageRequest page) {
        return snapshots.list(planId, page);
    }

    @Override
    public Response get(UUID id, String format, Boolean signed, HttpHeaders headers) {
        return documents.download(id, format, Boolean.TRUE.equals(signed), headers.getAcceptableMediaTypes());
    }

    @Override
    public Response sign(UUID id, String idempotencyKey) {
        return idempotent.create("POST /api/v1/reports/snapshots/" + id + "/signatures", idempotencyKey, id.toString(), () -> {
            ReportSignature signature = signing.sign(id, caller.subject(), caller.name());
            return new Created(URI.create("/api/v1/reports/snapshots/" + id + "?format=pdf&signed=true"), signature, null);
        });
    }

    @Override
    public List<ReportSignature> signatures(UUID id) {
        return signing.list(id);
    }
}
