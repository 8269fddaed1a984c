package vn.planprogress.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.security.Roles;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;

/**
 * The contract of the scheduled jobs' runs: paths, parameters, the roles each operation needs, answers
 * and examples, as the OpenAPI document shows them. {@code JobResource} implements it.
 */
@Path("/api/v1/reports/jobs")
@Tag(name = "Scheduled jobs", description = "Daily snapshots, consolidated reports after the unit deadline, and reminders before it: their runs")
@Produces(MediaType.APPLICATION_JSON)
public interface JobApi {

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listJobRuns", summary = "List the runs of the scheduled jobs",
            description = "Newest first: when each started and finished, its outcome, what it produced (snapshots, reminders) and its error. "
                    + "Filterable by job name (daily-snapshots, consolidated-reports, reminders) and outcome.")
    @APIResponse(responseCode = "200", description = "A page of job runs")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid")
    Page<JobRunDocument> list(@Parameter(example = "daily-snapshots") @QueryParam("jobName") String jobName,
                              @Parameter(description = "RUNNING, SUCCEEDED or FAILED") @QueryParam("outcome") JobOutcome outcome,
                              @Valid @BeanParam PageRequest page);

    @POST
    @Path("/{jobName}/runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runJob", summary = "Run a job now",
            description = "Runs the job's occurrence for now and answers when it has finished. What it produces is keyed like a scheduled "
                    + "run's (one daily snapshot per plan and day, one consolidated report per plan and period, each reminder once), "
                    + "so running it again produces nothing twice. A failed run is recorded and retried like a scheduled one.")
    @APIResponse(responseCode = "201", description = "The run, finished (SUCCEEDED or FAILED); Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRunDocument.class), examples = @ExampleObject(name = "run", value = Examples.JOB_RUN)))
    @APIResponse(responseCode = "404", description = "No job of this name")
    @APIResponse(responseCode = "409", description = "The job is already running for this very instant")
    Response run(@Parameter(example = "daily-snapshots") @PathParam("jobName") String jobName);

    @GET
    @Path("/{jobName}/runs/{runId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getJobRun", summary = "Get a job run")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = JobRunDocument.class), examples = @ExampleObject(name = "run", value = Examples.JOB_RUN)))
    @APIResponse(responseCode = "404", description = "No run of this job with this id")
    JobRunDocument get(@PathParam("jobName") String jobName, @PathParam("runId") UUID runId);
}
