package vn.planprogress.reports.mapping;

import java.util.List;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.domain.JobRun;

/** Job runs between the table and the API, in one place. */
public final class JobRunMapper {

    private JobRunMapper() {
    }

    public static JobRunDocument toDocument(JobRun run) {
        return new JobRunDocument(run.id, run.jobName, run.scheduledFor, run.attempt, run.startedBy, run.startedAt,
                run.finishedAt, run.outcome, run.produced == null ? List.of() : run.produced, run.error, run.nextAttemptAt);
    }
}
