package vn.planprogress.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Query;
import org.hibernate.query.NativeQuery;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.progress.api.ReviewState;
import vn.planprogress.progress.domain.Submission;
import vn.planprogress.progress.domain.SubmissionKey;

@ApplicationScoped
public class SubmissionRepository implements PanacheRepositoryBase<Submission, UUID> {

    /** A submission of a list page: which revision to show, and the review state to show with it. */
    public record Listed(UUID id, int revision, ReviewState state) {
    }

    public Optional<Submission> findByKey(SubmissionKey key) {
        return find("planId = ?1 and taskCode = ?2 and unitCode = ?3 and period = ?4",
                key.planId(), key.taskCode(), key.unitCode(), key.period()).firstResultOptional();
    }

    /**
     * Writes a new submission's head unless one with its key exists: then nothing is written and false is
     * returned. The unique key settles concurrent submissions without an error that would end the transaction.
     */
    public boolean insertIfNew(Submission submission) {
        return getEntityManager().createNativeQuery("""
                        insert into submission (id, plan_id, task_code, unit_code, period, revision, state, created_by, created_at)
                        values (:id, :planId, :taskCode, :unitCode, :period, :revision, :state, :createdBy, :createdAt)
                        on conflict (plan_id, task_code, unit_code, period) do nothing""")
                // Tells Hibernate which table the statement touches, so that it need not assume all of them.
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Submission.class)
                .setParameter("id", submission.id)
                .setParameter("planId", submission.planId)
                .setParameter("taskCode", submission.taskCode)
                .setParameter("unitCode", submission.unitCode)
                .setParameter("period", submission.period)
                .setParameter("revision", submission.revision)
                .setParameter("state", submission.state.name())
                .setParameter("createdBy", submission.createdBy)
                .setParameter("createdAt", submission.createdAt)
                .executeUpdate() == 1;
    }

    /**
     * Reads the head and holds it until the transaction ends, so that corrections and reviews of it take turns.
     * Read again once locked: a copy read earlier in the request may predate another request's change.
     */
    public Optional<Submission> lock(UUID id) {
        Submission head = getEntityManager().find(Submission.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (head != null) {
            getEntityManager().refresh(head);
        }
        return Optional.ofNullable(head);
    }

    public List<Submission> ofPeriod(UUID planId, String period) {
        return list("planId = ?1 and period = ?2", planId, period);
    }

    /**
     * One page of submissions, in the order of task, unit and period. Without {@code asOf}, each at its
     * latest revision and current state; with it, at its latest submitted revision made by then and the
     * decision on that revision taken by then (submissions with no such revision are left out).
     */
    @SuppressWarnings("unchecked")
    public Page<Listed> search(SubmissionFilter filter, PageRequest page) {
        Map<String, Object> parameters = new HashMap<>();
        String rows = filter.asOf() == null ? current(filter, parameters) : asOf(filter, parameters);
        StringBuilder where = new StringBuilder(" where true");
        if (filter.state() != null) {
            where.append(" and x.state = :state");
            parameters.put("state", filter.state().name());
        }
        if (filter.status() != null) {
            where.append(" and x.status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.late() != null) {
            where.append(" and x.late = :late");
            parameters.put("late", filter.late());
        }
        String from = " from (" + rows + ") x" + where;
        Query count = getEntityManager().createNativeQuery("select count(*)" + from);
        Query select = getEntityManager().createNativeQuery("select x.id, x.number, x.state" + from
                        + " order by x.task_code, x.unit_code, x.period, x.id")
                .setFirstResult(page.offset())
                .setMaxResults(page.size);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            select.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<Listed> listed = ((List<Object[]>) select.getResultList()).stream()
                .map(row -> new Listed((UUID) row[0], ((Number) row[1]).intValue(), ReviewState.valueOf((String) row[2])))
                .toList();
        return Page.of(listed, page, total);
    }

    private static String current(SubmissionFilter filter, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder("""
                select s.id, s.task_code, s.unit_code, s.period, r.number, s.state, r.status, r.late
                from submission s join revision r on r.submission_id = s.id and r.number = s.revision
                where""");
        sql.append(keyFilters(filter, parameters));
        if (filter.draftsOf() == null) {
            sql.append(" and s.state <> 'DRAFT'");
        } else if (!filter.draftsOf().equals(SubmissionFilter.ALL_DRAFTS)) {
            sql.append(" and (s.state <> 'DRAFT' or s.unit_code = :draftsOf)");
            parameters.put("draftsOf", filter.draftsOf());
        }
        return sql.toString();
    }

    private static String asOf(SubmissionFilter filter, Map<String, Object> parameters) {
        parameters.put("asOf", Timestamp.from(filter.asOf()));
        return """
                select s.id, s.task_code, s.unit_code, s.period, r.number,
                       coalesce(v.state, 'SUBMITTED') as state, r.status, r.late
                from submission s
                join lateral (select number, status, late from revision
                              where submission_id = s.id and not draft and submitted_at <= :asOf
                              order by number desc limit 1) r on true
                left join lateral (select case decision when 'ACCEPT' then 'ACCEPTED' else 'RETURNED' end as state
                                   from review
                                   where submission_id = s.id and revision = r.number and reviewed_at <= :asOf
                                   order by id desc limit 1) v on true
                where""" + keyFilters(filter, parameters);
    }

    private static String keyFilters(SubmissionFilter filter, Map<String, Object> parameters) {
        StringBuilder sql = new StringBuilder(" true");
        if (filter.planId() != null) {
            sql.append(" and s.plan_id = :planId");
            parameters.put("planId", filter.planId());
        }
        if (filter.unitCode() != null) {
            sql.append(" and s.unit_code = :unitCode");
            parameters.put("unitCode", filter.unitCode());
        }
        if (filter.taskCode() != null) {
            sql.append(" and s.task_code = :taskCode");
            parameters.put("taskCode", filter.taskCode());
        }
        if (filter.period() != null) {
            sql.append(" and s.period = :period");
            parameters.put("period", filter.period());
        }
        return sql.toString();
    }
}
