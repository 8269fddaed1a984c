package vn.planprogress.reports.mapping;

import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.api.SnapshotSummary;
import vn.planprogress.reports.domain.ReportSnapshot;

/** Report snapshots between the table and the API, in one place. */
public final class SnapshotMapper {

    private SnapshotMapper() {
    }

    public static SnapshotSummary toSummary(ReportSnapshot snapshot) {
        return new SnapshotSummary(snapshot.id, snapshot.planId, snapshot.planNumber, snapshot.period, snapshot.kind,
                snapshot.triggerKey, snapshot.asOf, snapshot.createdAt, snapshot.createdBy);
    }

    public static Snapshot toSnapshot(ReportSnapshot snapshot) {
        return new Snapshot(snapshot.id, snapshot.planId, snapshot.planNumber, snapshot.period, snapshot.kind,
                snapshot.triggerKey, snapshot.asOf, snapshot.createdAt, snapshot.createdBy, snapshot.report);
    }
}
