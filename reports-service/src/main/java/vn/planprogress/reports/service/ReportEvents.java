package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.events.Outbox;
import vn.planprogress.reports.api.SnapshotKind;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.domain.SnapshotDocument;

/**
 * The reports service's own events, written to its outbox in the transaction that stores the snapshot
 * they tell of. They name no unit: a snapshot is the whole plan's.
 */
@ApplicationScoped
public class ReportEvents {

    private final Outbox outbox;

    @Inject
    public ReportEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** snapshot.taken: a snapshot of any kind was stored. */
    public void snapshotTaken(ReportSnapshot snapshot) {
        outbox.record(EventType.SNAPSHOT_TAKEN, snapshot.planId, List.of(),
                new SnapshotTaken(snapshot.id, snapshot.planId, snapshot.kind, snapshot.period, snapshot.createdAt));
    }

    /** report.ready: the consolidated report of a period was stored, as these documents (json, csv, docx, pdf). */
    public void reportReady(ReportSnapshot snapshot, List<SnapshotDocument> documents) {
        outbox.record(EventType.REPORT_READY, snapshot.planId, List.of(), new ReportReady(snapshot.id, snapshot.planId, snapshot.period,
                documents.stream().map(document -> document.format.extension).toList()));
    }

    /** The data of snapshot.taken; period absent for a whole year's. */
    record SnapshotTaken(UUID snapshotId, UUID planId, SnapshotKind kind, String period, Instant takenAt) {
    }

    /** The data of report.ready: the formats name the documents to fetch (GET /api/v1/reports/snapshots/{id}?format=). */
    record ReportReady(UUID snapshotId, UUID planId, String period, List<String> formats) {
    }
}
