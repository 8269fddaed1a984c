package vn.planprogress.reports.mapping;

import vn.planprogress.reports.api.ReportSignature;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.api.SnapshotSummary;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.domain.SnapshotSignature;
import vn.planprogress.reports.domain.StoredBytes;

/** Report snapshots between the table and the API, in one place. */
public final class SnapshotMapper {

    private SnapshotMapper() {
    }

    public static SnapshotSummary toSummary(ReportSnapshot snapshot) {
        return new SnapshotSummary(snapshot.id, snapshot.planId, snapshot.planNumber, snapshot.period, snapshot.kind,
                snapshot.triggerKey, snapshot.asOf, snapshot.createdAt, snapshot.createdBy);
    }

    /** The snapshot as it is served (and stored, as its JSON document) when it is taken. */
    public static Snapshot toSnapshot(ReportSnapshot snapshot, Report report) {
        return new Snapshot(snapshot.id, snapshot.planId, snapshot.planNumber, snapshot.period, snapshot.kind,
                snapshot.triggerKey, snapshot.asOf, snapshot.createdAt, snapshot.createdBy, report);
    }

    public static ReportSignature toSignature(SnapshotSignature signature) {
        return new ReportSignature(signature.snapshotId, signature.sequence, signature.signer, signature.signerName, signature.reason,
                signature.signedAt, signature.certificateSubject, StoredBytes.etag(signature.sha256));
    }
}
