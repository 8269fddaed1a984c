package vn.planprogress.reports.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.JobApi;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.service.JobRuns;
import vn.planprogress.reports.service.JobScheduler;

public class JobResource implements JobApi {

    private final JobRuns runs;
    private final JobScheduler scheduler;
    private final Caller caller;

    @Inject
    public JobResource(JobRuns runs, JobScheduler scheduler, Caller caller) {
        this.runs = runs;
        this.scheduler = scheduler;
        this.caller = caller;
    }

    @Override
    public Page<JobRunDocument> list(String jobName, JobOutcome outcome, PageRequest page) {
        return runs.list(jobName, outcome, page);
    }

    @Override
    public Response run(String jobName) {
        JobRunDocument run = scheduler.runNow(jobName, caller.subject());
        return Response.created(URI.create("/api/v1/reports/jobs/" + jobName + "/runs/" + run.id())).entity(run).build();
    }

    @Override
    public JobRunDocument get(String jobName, UUID runId) {
        return runs.get(jobName, runId);
    }
}
