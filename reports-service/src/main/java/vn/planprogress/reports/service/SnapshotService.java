package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.common.web.Params;
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

    private final ReportService reports;
    private final ReportSources sources;
    private final SnapshotRepository snapshots;
    private final Clock clock;

    @Inject
    public SnapshotService(ReportService reports, ReportSources sources, SnapshotRepository snapshots, Clock clock) {
        this.reports = reports;
        this.sources = sources;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /** Takes a snapshot now: the report is read whole first, then stored in one row. */
    @Transactional
    public Snapshot take(UUID planId, SnapshotRequest request, String createdBy) {
        String period = request == null ? null : ReportService.blankToNull(request.period());
        Instant asOf = reports.asOf(request == null ? null : Params.instant("asOf", request.asOf()));
        Report report = sources.read(planId, period, asOf);
        ReportSnapshot snapshot = ReportSnapshot.of(report, SnapshotKind.ON_DEMAND, null, clock.instant(), createdBy);
        snapshots.persist(snapshot);
        return SnapshotMapper.toSnapshot(snapshot);
    }

    /** Stores a scheduled snapshot unless the plan has one of this trigger already; returns its id when stored. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public UUID storeOnce(Report report, SnapshotKind kind, String triggerKey, String createdBy) {
        ReportSnapshot snapshot = ReportSnapshot.of(report, kind, triggerKey, clock.instant(), createdBy);
        return snapshots.storeOnce(snapshot) ? snapshot.id : null;
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
