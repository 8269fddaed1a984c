package vn.planprogress.progress.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Roles;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;

/**
 * The contract of the submissions, their revisions and reviews: paths, parameters, the roles each
 * operation needs, answers and examples, as the OpenAPI document shows them. {@code SubmissionResource}
 * implements it.
 */
@Path("/api/v1/submissions")
@Tag(name = "Submissions", description = "Units' progress on plan tasks per reporting period: submitted, corrected (every revision kept), reviewed")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface SubmissionApi {

    @POST
    @RolesAllowed({Roles.REPORTER, Roles.ADMIN})
    @Operation(operationId = "submitProgress", summary = "Submit progress on a task for a period",
            description = "A reporter submits for the unit of its token; an admin for any unit. Checked against the issued plan: the "
                    + "period is one of the plan's, of any type it reports on; each value holds what its indicator's measure takes (a "
                    + "number, a percent from 0 to 100, or for a qualitative indicator a text). Accepted from the start of the period's "
                    + "entryOpensOn day through the end of its locksAfter day (Asia/Ho_Chi_Minh), later only under a lock exception "
                    + "for the unit. \"draft\": true saves without submitting. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class), examples = {
            @ExampleObject(name = "III.3", value = Examples.REQUEST),
            @ExampleObject(name = "percent, number and text", summary = "A quarter of a cut-off plan: a percent, a number and a qualitative result",
                    value = Examples.MEASURES)}))
    @APIResponse(responseCode = "201", description = "Submitted (or saved as a draft) as revision 1; Location names it, ETag holds the revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionDocument.class), examples = @ExampleObject(name = "submitted", value = Examples.SUBMISSION)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule of the plan (each named in errors)")
    @APIResponse(responseCode = "403", description = "A reporter submitting for another unit")
    @APIResponse(responseCode = "409", description = "The unit has already submitted on this task for this period (correct it with "
            + "PUT); or entry for the period has not opened yet (entry-not-open), or the period has locked and no lock exception is "
            + "open for the unit (period-locked)")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @APIResponse(responseCode = "503", description = "The plans service cannot be reached to check the submission (or, in a locked "
            + "period, its lock exceptions); nothing was written")
    Response submit(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of submitting again")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @NotNull(message = "a submission is required") @Valid @ConvertGroup(to = SubmissionRequest.Creating.class)
            SubmissionRequest request);

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listSubmissions", summary = "List submissions",
            description = "Filterable by plan, unit, task, period, status, review state and lateness; paged, in the order of task, unit "
                    + "and period. With asOf, each submission as it stood at that instant (its latest submitted revision by then); "
                    + "those with none are left out. Drafts appear only to their unit's reporters and to admins.")
    @APIResponse(responseCode = "200", description = "A page of submissions")
    @APIResponse(responseCode = "400", description = "A filter or paging parameter is not valid")
    Page<SubmissionDocument> list(
            @Parameter(example = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10") @QueryParam("planId") UUID planId,
            @Parameter(example = "TTUDDV") @QueryParam("unitCode") String unitCode,
            @Parameter(example = "III.3") @QueryParam("taskCode") String taskCode,
            @Parameter(example = "2022") @QueryParam("period") String period,
            @Parameter(description = "NOT_STARTED, IN_PROGRESS, DONE or CANCELLED") @QueryParam("status") ProgressStatus status,
            @Parameter(description = "DRAFT, SUBMITTED, ACCEPTED or RETURNED") @QueryParam("state") ReviewState state,
            @Parameter(description = "true: first submitted after the unit deadline") @QueryParam("late") Boolean late,
            @Parameter(description = "An instant (ISO-8601 with offset): each submission as it stood then", example = "2022-11-15T00:00:00+07:00")
            @QueryParam("asOf") Instant asOf,
            @Valid @BeanParam PageRequest page);

    @GET
    @Path("/outstanding")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listOutstanding", summary = "What units still owe for a period",
            description = "Tasks whose schedule overlaps the period's window (on a cut-off plan, the dates of Nghị định 09/2019), for "
                    + "each lead unit (or the one given) that has not submitted on them. A saved draft does not count as submitted.")
    @APIResponse(responseCode = "200", description = "The tasks not yet reported on",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Outstanding.class), examples = @ExampleObject(name = "outstanding", value = Examples.OUTSTANDING)))
    @APIResponse(responseCode = "400", description = "planId or period is missing, or not of the plan")
    @APIResponse(responseCode = "503", description = "The plans service cannot be reached")
    Outstanding outstanding(
            @Parameter(required = true, example = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10")
            @NotNull(message = "is required") @QueryParam("planId") UUID planId,
            @Parameter(required = true, example = "2022") @NotBlank(message = "is required") @QueryParam("period") String period,
            @Parameter(description = "One lead unit; all of them when absent", example = "TTUDDV") @QueryParam("unitCode") String unitCode);

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSubmission", summary = "Get a submission at its latest revision", description = "ETag holds the revision, for If-Match on a correction.")
    @APIResponse(responseCode = "200", description = "The submission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionDocument.class), examples = @ExampleObject(name = "submission", value = Examples.SUBMISSION)))
    @APIResponse(responseCode = "404", description = "No submission with this id (or a draft of another unit)")
    Response get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.REPORTER, Roles.ADMIN})
    @Operation(operationId = "correctSubmission", summary = "Correct a submission",
            description = "Makes a new revision; the earlier ones are kept. Same body as POST (planId, taskCode, unitCode and period may be "
                    + "left out), plus correctionReason, required after the unit deadline. \"draft\": false submits a draft. Requires If-Match. "
                    + "Refused, as a new submission is, before the period's entry opens and once it has locked, unless a lock exception "
                    + "is open for the unit.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionRequest.class), examples = @ExampleObject(name = "correction", value = Examples.CORRECTION)))
    @APIResponse(responseCode = "200", description = "The submission at its new revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionDocument.class), examples = @ExampleObject(name = "submission", value = Examples.SUBMISSION)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule of the plan, or a late correction has no correctionReason")
    @APIResponse(responseCode = "403", description = "A reporter correcting another unit's submission")
    @APIResponse(responseCode = "404", description = "No submission with this id")
    @APIResponse(responseCode = "409", description = "Entry for the period has not opened yet (entry-not-open), or the period has "
            + "locked and no lock exception is open for the unit (period-locked); nothing was written")
    @APIResponse(responseCode = "412", description = "The submission has a newer revision than the ETag in If-Match")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @APIResponse(responseCode = "503", description = "The plans service cannot be reached to check the correction (or, in a locked "
            + "period, its lock exceptions); nothing was written")
    Response correct(@PathParam("id") UUID id,
                     @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag from your last GET")
                     @HeaderParam("If-Match") String ifMatch,
                     @NotNull(message = "a correction is required") @Valid SubmissionRequest request);

    @GET
    @Path("/{id}/revisions")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listRevisions", summary = "The revisions of a submission, oldest first", description = "Each shaped as a submission, with the state it came to.")
    @APIResponse(responseCode = "200", description = "Every revision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = SubmissionDocument.class), examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No submission with this id")
    List<SubmissionDocument> revisions(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "reviewSubmission", summary = "Accept or return a submission",
            description = "The department decides on the latest revision; a returned submission goes back to the unit to correct. "
                    + "If-Match (optional) makes sure the revision decided on is the one read. Never refused for a locked period.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewRequest.class), examples = @ExampleObject(name = "return", value = Examples.REVIEW)))
    @APIResponse(responseCode = "200", description = "The submission in its new state",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubmissionDocument.class), examples = @ExampleObject(name = "submission", value = Examples.SUBMISSION)))
    @APIResponse(responseCode = "400", description = "No decision, or a return without a comment")
    @APIResponse(responseCode = "404", description = "No submission with this id")
    @APIResponse(responseCode = "409", description = "The submission is a draft, or already decided on at this revision")
    @APIResponse(responseCode = "412", description = "The submission has a newer revision than the ETag in If-Match")
    Response review(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                    @NotNull(message = "a decision is required") @Valid ReviewRequest request);

    @GET
    @Path("/{id}/reviews")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listReviews", summary = "The review history of a submission, oldest first")
    @APIResponse(responseCode = "200", description = "Every decision",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ReviewDocument.class), examples = @ExampleObject(name = "reviews", value = Examples.REVIEWS)))
    @APIResponse(responseCode = "404", description = "No submission with this id")
    List<ReviewDocument> reviews(@PathParam("id") UUID id);
}
