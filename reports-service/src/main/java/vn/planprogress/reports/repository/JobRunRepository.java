package vn.planprogress.reports.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.domain.JobRun;

@ApplicationScoped
public class JobRunRepository implements PanacheRepositoryBase<JobRun, UUID> {

    /** Inserts the run unless the occurrence's attempt is taken: the unique key lets one replica in. */
    public boolean claim(UUID id, String jobName, Instant scheduledFor, int attempt, String startedBy, Instant now) {
        return getEntityManager().createNativeQuery("""
                        insert into job_run (id, job_name, scheduled_for, attempt, started_by, started_at, outcome, produced)
                        values (:id, :job, :scheduledFor, :attempt, :startedBy, :now, 'RUNNING', '[]'::jsonb)
                        on conflict (job_name, scheduled_for, attempt) do nothing""")
                .setParameter("id", id)
                .setParameter("job", jobName)
                .setParameter("scheduledFor", scheduledFor)
                .setParameter("attempt", attempt)
                .setParameter("startedBy", startedBy)
                .setParameter("now", now)
                .executeUpdate() == 1;
    }

    public List<JobRun> dueRetries(Instant now, int maxAttempts) {
        return list("outcome = ?1 and nextAttemptAt <= ?2 and attempt < ?3", Sort.by("nextAttemptAt"), JobOutcome.FAILED, now, maxAttempts);
    }

    /** Runs still marked running since before {@code cutoff} lost their replica: failed, to be retried now. */
    public int abandon(Instant cutoff, Instant now) {
        return update("outcome = ?1, finishedAt = ?2, nextAttemptAt = ?2, error = ?3 where outcome = ?4 and startedAt < ?5",
                JobOutcome.FAILED, now, "Abandoned: the replica running it stopped before it finished", JobOutcome.RUNNING, cutoff);
    }

    public Page<JobRun> search(String jobName, JobOutcome outcome, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (jobName != null) {
            where.append(" and jobName = :job");
            parameters.and("job", jobName);
        }
        if (outcome != null) {
            where.append(" and outcome = :outcome");
            parameters.and("outcome", outcome);
        }
        var query = find(where.toString(), Sort.by("startedAt").descending().and("attempt").descending().and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }
}
