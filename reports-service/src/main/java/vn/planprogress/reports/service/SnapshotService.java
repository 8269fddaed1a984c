package vn.planprogress.reports.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.api.SnapshotKind;
import vn.planprogress.reports.api.SnapshotRequest;
import vn.planprogress.reports.api.SnapshotSummary;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.mapping.SnapshotMapper;
import vn.planprogress.reports.repository.SnapshotRepository;

/** Report snapshots: taken whole (or not at all), stored once, read back as they were. */
@ApplicationScoped
public class SnapshotService {

    @Inject
    ReportService reports;

    @Inject
    ReportSources sources;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry metrics;

    /** Takes a snapshot now: the report is read whole first, then stored in one row. */
    @Transactional
    public Snapshot take(UUID planId, SnapshotRequest request, String createdBy) {
        String period = request == null ? null : ReportService.blankToNull(request.period());
        Instant asOf = reports.asOf(request == null ? null : request.asOf());
        Report report = sources.read(planId, period, asOf);
        ReportSnapshot snapshot = ReportSnapshot.of(report, SnapshotKind.ON_DEMAND, null, clock.instant(), createdBy);
        snapshots.persist(snapshot);
        taken(snapshot.kind);
        return SnapshotMapper.toSnapshot(snapshot);
    }

    /** Stores a scheduled snapshot unless the plan has one of this trigger already; returns its id when stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID storeOnce(Report report, SnapshotKind kind, String triggerKey, String createdBy) {
        ReportSnapshot snapshot = ReportSnapshot.of(report, kind, triggerKey, clock.instant(), createdBy);
        if (!snapshots.storeOnce(snapshot)) {
            return null;
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

    public Snapshot get(UUID id) {
        return snapshots.findByIdOptional(id).map(SnapshotMapper::toSnapshot)
                .orElseThrow(() -> ProblemException.notFound("report snapshot", id));
    }
}
