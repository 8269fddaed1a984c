package vn.planprogress.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.domain.DocumentFormat;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.domain.SnapshotDocument;
import vn.planprogress.reports.domain.SnapshotSignature;

@ApplicationScoped
public class SnapshotRepository implements PanacheRepositoryBase<ReportSnapshot, UUID> {

    public Page<ReportSnapshot> ofPlan(UUID planId, PageRequest page) {
        var query = find("planId", Sort.by("createdAt").descending().and("id"), planId);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /**
     * Stores a scheduled snapshot unless its plan already has one of the same trigger: the unique
     * constraint decides between replicas and retries. Returns whether this one was stored.
     */
    public boolean storeOnce(ReportSnapshot snapshot) {
        return getEntityManager().createNativeQuery("""
                        insert into report_snapshot (id, plan_id, plan_number, period, kind, trigger_key, as_of, created_at, created_by)
                        values (:id, :plan, :number, :period, :kind, :trigger, :asOf, :createdAt, :createdBy)
                        on conflict (plan_id, trigger_key) do nothing""")
                .setParameter("id", snapshot.id)
                .setParameter("plan", snapshot.planId)
                .setParameter("number", snapshot.planNumber)
                .setParameter("period", snapshot.period)
                .setParameter("kind", snapshot.kind.name())
                .setParameter("trigger", snapshot.triggerKey)
                .setParameter("asOf", snapshot.asOf)
                .setParameter("createdAt", snapshot.createdAt)
                .setParameter("createdBy", snapshot.createdBy)
                .executeUpdate() == 1;
    }

    public boolean hasTrigger(UUID planId, String triggerKey) {
        return count("planId = ?1 and triggerKey = ?2", planId, triggerKey) > 0;
    }

    public void keep(List<SnapshotDocument> documents) {
        documents.forEach(getEntityManager()::persist);
    }

    public Optional<SnapshotDocument> document(UUID snapshotId, DocumentFormat format) {
        SnapshotDocument.Key key = new SnapshotDocument.Key();
        key.snapshotId = snapshotId;
        key.format = format;
        return Optional.ofNullable(getEntityManager().find(SnapshotDocument.class, key));
    }

    /**
     * The snapshot, locked until the transaction ends, so that two signers of one PDF sign one after
     * the other (the second over the first's signed PDF) rather than both over the unsigned one.
     */
    public boolean lock(UUID snapshotId) {
        return !getEntityManager().createNativeQuery("select id from report_snapshot where id = :id for update")
                .setParameter("id", snapshotId).getResultList().isEmpty();
    }

    /** The snapshot's signatures, the first first. */
    public List<SnapshotSignature> signatures(UUID snapshotId) {
        return getEntityManager().createQuery("from SnapshotSignature where snapshotId = :id order by sequence", SnapshotSignature.class)
                .setParameter("id", snapshotId).getResultList();
    }

    public void keep(SnapshotSignature signature) {
        getEntityManager().persist(signature);
    }
}
