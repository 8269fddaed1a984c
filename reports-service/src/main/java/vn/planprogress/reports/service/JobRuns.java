package vn.planprogress.reports.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.api.JobOutput;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.domain.JobRun;
import vn.planprogress.reports.domain.ReportJob;
import vn.planprogress.reports.mapping.JobRunMapper;
import vn.planprogress.reports.repository.JobRunRepository;

/** The record of job runs. Each change commits on its own, so that other replicas see claims at once. */
@ApplicationScoped
public class JobRuns {

    private final JobRunRepository runs;
    private final Clock clock;
    private final MeterRegistry metrics;

    @Inject
    public JobRuns(JobRunRepository runs, Clock clock, MeterRegistry metrics) {
        this.runs = runs;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Claims attempt {@code attempt} of the job's occurrence at {@code scheduledFor}; empty when another run has it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobRun> claim(ReportJob job, Instant scheduledFor, int attempt, String startedBy) {
        UUID id = UUID.randomUUID();
        if (!runs.claim(id, job.jobName, scheduledFor, attempt, startedBy, clock.instant())) {
            return Optional.empty();
        }
        return runs.findByIdOptional(id);
    }

    /** Claims the next attempt of a failed run; the failed run then waits for nothing more. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<JobRun> claimRetry(JobRun failed, String startedBy) {
        UUID id = UUID.randomUUID();
        if (!runs.claim(id, failed.jobName, failed.scheduledFor, failed.attempt + 1, startedBy, clock.instant())) {
            return Optional.empty();
        }
        runs.update("nextAttemptAt = null where id = ?1", failed.id);
        return runs.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public JobRunDocument finish(UUID id, List<JobOutput> produced, String error, Instant nextAttemptAt) {
        JobRun run = runs.findById(id);
        run.finishedAt = clock.instant();
        run.outcome = error == null ? JobOutcome.SUCCEEDED : JobOutcome.FAILED;
        run.produced = List.copyOf(produced);
        run.error = error;
        run.nextAttemptAt = nextAttemptAt;
        metrics.counter("planprogress.job.runs", "job", run.jobName, "outcome", run.outcome.name()).increment();
        return JobRunMapper.toDocument(run);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<JobRun> dueRetries(int maxAttempts) {
        return runs.dueRetries(clock.instant(), maxAttempts);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int abandonOlderThan(Duration lease) {
        Instant now = clock.instant();
        return runs.abandon(now.minus(lease), now);
    }

    /** The runs of the job of this name (any job when blank), with this outcome (any when null); 400 for a name no job has. */
    public Page<JobRunDocument> list(String jobName, JobOutcome outcome, PageRequest page) {
        String job = jobName == null || jobName.isBlank() ? null : ReportJob.named(jobName).map(named -> named.jobName)
                .orElseThrow(() -> ProblemException.invalid("jobName", "'" + jobName + "' is not a job; the jobs are "
                        + Arrays.stream(ReportJob.values()).map(named -> named.jobName).collect(Collectors.joining(", "))));
        Page<JobRun> found = runs.search(job, outcome, page);
        return new Page<>(found.items().stream().map(JobRunMapper::toDocument).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    public JobRunDocument get(String jobName, UUID id) {
        return runs.findByIdOptional(id).filter(run -> run.jobName.equals(jobName)).map(JobRunMapper::toDocument)
                .orElseThrow(() -> ProblemException.notFound("run of job " + jobName, id));
    }
}
