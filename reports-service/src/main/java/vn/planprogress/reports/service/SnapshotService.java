package vn.planprogress.reports.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.common.web.Params;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.api.SnapshotKind;
import vn.planprogress.reports.api.SnapshotRequest;
import vn.planprogress.reports.api.SnapshotSummary;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.domain.SnapshotDocument;
import vn.planprogress.reports.mapping.SnapshotMapper;
import vn.planprogress.reports.repository.SnapshotRepository;

/**
 * Report snapshots: taken whole (or not at all), their documents rendered once and stored with
 * them in the same transaction, read back as the bytes they were stored as.
 */
@ApplicationScoped
public class SnapshotService {

    private final ReportService reports;
    private final ReportSources sources;
    private final SnapshotRepository snapshots;
    private final SnapshotRenderer renderer;
    private final ReportEvents events;
    private final Clock clock;
    private final MeterRegistry metrics;

    @Inject
    public SnapshotService(ReportService reports, ReportSources sources, SnapshotRepository snapshots, SnapshotRenderer renderer,
                           ReportEvents events, Clock clock, MeterRegistry metrics) {
        this.reports = reports;
        this.sources = sources;
        this.snapshots = snapshots;
        this.renderer = renderer;
        this.events = events;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Takes a snapshot now: the report is read whole first, then stored with its documents. */
    @Transactional
    public Snapshot take(UUID planId, SnapshotRequest request, String createdBy) {
        String period = request == null ? null : ReportService.blankToNull(request.period());
        Instant asOf = reports.asOf(request == null ? null : Params.instant("asOf", request.asOf()));
        Report report = sources.read(planId, period, asOf);
        ReportSnapshot snapshot = ReportSnapshot.of(report, SnapshotKind.ON_DEMAND, null, clock.instant(), createdBy);
        Snapshot served = SnapshotMapper.toSnapshot(snapshot, report);
        snapshots.persist(snapshot);
        snapshots.keep(renderer.render(served));
        events.snapshotTaken(snapshot);
        taken(snapshot.kind);
        return served;
    }

    /**
     * Stores a scheduled snapshot, with its documents, unless the plan has one of this trigger already; returns its id when stored.
     * A consolidated one is the period's official report: it is ready (report.ready) once stored.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID storeOnce(Report report, SnapshotKind kind, String triggerKey, String createdBy) {
        ReportSnapshot snapshot = ReportSnapshot.of(report, kind, triggerKey, clock.instant(), createdBy);
        if (!snapshots.storeOnce(snapshot)) {
            return null;
        }
        List<SnapshotDocument> documents = renderer.render(SnapshotMapper.toSnapshot(snapshot, report));
        snapshots.keep(documents);
        events.snapshotTaken(snapshot);
        if (kind == SnapshotKind.CONSOLIDATED) {
            events.reportReady(snapshot, documents);
        }
        taken(kind);
        return snapshot.id;
    }

    /** planprogress_snapshots_taken_total{kind}: on demand, daily, consolidated. */
    private void taken(SnapshotKind kind) {
        metrics.counter("planprogress.snapshots.taken", "kind", kind.name()).increment();
    }

    @Transactional
    public boolean has(UUID planId, String triggerKey) {
        return snapshots.hasTrigger(planId, triggerKey);
    }

    public Page<SnapshotSummary> list(UUID planId, PageRequest page) {
        Page<ReportSnapshot> found = snapshots.ofPlan(planId, page);
        return new Page<>(found.items().stream().map(SnapshotMapper::toSummary).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }
}
