package vn.planprogress.reports.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.reports.api.JobOutput;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.domain.JobRun;
import vn.planprogress.reports.domain.ReportJob;

/**
 * Runs each job once per occurrence however many replicas run, with PostgreSQL as the only
 * coordinator. Every replica ticks; a tick claims the latest due occurrence of each job (today's at
 * its time of day in the business zone, or yesterday's before then) by inserting its run, and the
 * unique key (job, scheduled instant, attempt) lets exactly one replica in. A failed run is retried
 * with a doubling wait, on whichever replica ticks first; a run left running by a replica that
 * stopped is marked failed after the lease and retried. An occurrence missed while every replica
 * was down runs at the next tick.
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class);

    private final JobRuns runs;
    private final ReportJobs jobs;
    private final ReportsSettings settings;
    private final BusinessTime time;
    private final Clock clock;

    @Inject
    public JobScheduler(JobRuns runs, ReportJobs jobs, ReportsSettings settings, BusinessTime time, Clock clock) {
        this.runs = runs;
        this.jobs = jobs;
        this.settings = settings;
        this.time = time;
        this.clock = clock;
    }

    @Scheduled(identity = "report-jobs", every = "{planprogress.reports.jobs.tick-every}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        tick();
    }

    /** Runs what is due now: the latest occurrence of each job not yet claimed, then the retries that are due. */
    public List<JobRunDocument> tick() {
        List<JobRunDocument> done = new ArrayList<>();
        int abandoned = runs.abandonOlderThan(settings.jobs().lease());
        if (abandoned > 0) {
            LOG.warnf("%d job run(s) were left running by a stopped replica; they will be retried", abandoned);
        }
        Instant now = clock.instant();
        for (ReportJob job : ReportJob.values()) {
            runs.claim(job, latestOccurrence(job, now), 1, ReportJobs.SCHEDULER).ifPresent(run -> done.add(execute(job, run)));
        }
        for (JobRun failed : runs.dueRetries(settings.jobs().maxAttempts())) {
            Optional<ReportJob> job = ReportJob.named(failed.jobName);
            if (job.isPresent()) {
                runs.claimRetry(failed, ReportJobs.SCHEDULER).ifPresent(run -> done.add(execute(job.get(), run)));
            }
        }
        return done;
    }

    /** Runs the job's occurrence for now, for an admin; the run is recorded (and retried when it fails) like any other. */
    public JobRunDocument runNow(String jobName, String requestedBy) {
        ReportJob job = ReportJob.named(jobName).orElseThrow(() -> ProblemException.notFound("job", jobName));
        JobRun run = runs.claim(job, clock.instant(), 1, requestedBy)
                .orElseThrow(() -> ProblemException.conflict("Job " + jobName + " is already running for this instant; list its runs"));
        return execute(job, run);
    }

    Instant latestOccurrence(ReportJob job, Instant now) {
        LocalTime at = switch (job) {
            case DAILY_SNAPSHOTS -> settings.jobs().dailySnapshotsAt();
            case CONSOLIDATED_REPORTS -> settings.jobs().consolidatedReportsAt();
            case REMINDERS -> settings.jobs().remindersAt();
        };
        ZonedDateTime today = now.atZone(time.zone()).toLocalDate().atTime(at).atZone(time.zone());
        return today.toInstant().isAfter(now) ? today.minusDays(1).toInstant() : today.toInstant();
    }

    private JobRunDocument execute(ReportJob job, JobRun run) {
        List<JobOutput> produced = new ArrayList<>();
        try {
            jobs.run(job, run.scheduledFor, produced);
            return runs.finish(run.id, produced, null, null);
        } catch (RuntimeException e) {
            boolean again = run.attempt < settings.jobs().maxAttempts();
            Instant next = again ? clock.instant().plus(settings.jobs().retryBackoff().multipliedBy(1L << (run.attempt - 1))) : null;
            LOG.warnf("Job %s for %s, attempt %d, failed%s: %s", job.jobName, run.scheduledFor, run.attempt,
                    again ? "; retried at " + next : "; no attempts left", e.getMessage());
            return runs.finish(run.id, produced, e.getMessage() == null ? e.toString() : e.getMessage(), next);
        }
    }
}
