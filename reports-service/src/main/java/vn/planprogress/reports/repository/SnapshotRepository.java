package vn.planprogress.reports.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.domain.ReportSnapshot;

@ApplicationScoped
public class SnapshotRepository implements PanacheRepositoryBase<ReportSnapshot, UUID> {

    private final ObjectMapper json;

    @Inject
    public SnapshotRepository(ObjectMapper json) {
        this.json = json;
    }

    public Page<ReportSnapshot> ofPlan(UUID planId, PageRequest page) {
        var query = find("planId", Sort.by("createdAt").descending().and("id"), planId);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /**
     * Stores a scheduled snapshot unless its plan already has one of the same trigger: the unique
     * constraint decides between replicas and retries. Returns whether this one was stored.
     */
    public boolean storeOnce(ReportSnapshot snapshot) {
        try {
            return getEntityManager().createNativeQuery("""
                            insert into report_snapshot (id, plan_id, plan_number, period, kind, trigger_key, as_of, created_at, created_by, report)
                            values (:id, :plan, :number, :period, :kind, :trigger, :asOf, :createdAt, :createdBy, cast(:report as jsonb))
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
                    .setParameter("report", json.writeValueAsString(snapshot.report))
                    .executeUpdate() == 1;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Report of plan " + snapshot.planId + " could not be written as JSON", e);
        }
    }

    public boolean hasTrigger(UUID planId, String triggerKey) {
        return count("planId = ?1 and triggerKey = ?2", planId, triggerKey) > 0;
    }
}
