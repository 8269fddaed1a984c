package vn.planprogress.plans.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Roles;

/**
 * The contract of plan imports: a plan's own document (Word, a text PDF, UTF-8 text) read into a draft
 * plan with its findings. {@code PlanImportResource} implements it.
 */
@Path("/api/v1/plans/imports")
@Tag(name = "Plan imports", description = "A plan read from its own Word or PDF file into a draft, with what could not be read")
@Produces(MediaType.APPLICATION_JSON)
public interface PlanImportApi {

    String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    String PDF = "application/pdf";
    String TEXT = "text/plain";

    @POST
    @RolesAllowed(Roles.PLANNER)
    @Consumes({DOCX, PDF, TEXT})
    @Operation(operationId = "importPlan", summary = "Import a plan from its document",
            description = "Reads the document sent as the body (a Word file, a born-digital PDF's text layer, or UTF-8 text) into a "
                    + "draft plan, created as POST /api/v1/plans would, and lists as findings what could not be read or resolved "
                    + "(unknown units, time frames, targets that do not add up), each with where it is and what to do. A draft that "
                    + "breaks a rule of plans is not created: its findings of kind PLAN_RULE say what to correct, and `plan` is the "
                    + "body to correct and POST. `dryRun=true` answers the same with 200 and keeps nothing. Send an Idempotency-Key "
                    + "to retry safely. The forms read are in docs/importing.md.")
    @RequestBody(required = true, content = {
            @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = TEXT, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Imported; Location names the draft plan when one was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanImport.class)))
    @APIResponse(responseCode = "200", description = "Dry run: what an import would give; nothing was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanImport.class)))
    @APIResponse(responseCode = "400", description = "The body is empty, or a text is not UTF-8")
    @APIResponse(responseCode = "413", description = "The document is larger than the body limit, or a Word file inflates like a zip bomb")
    @APIResponse(responseCode = "415", description = "The body is not of the type it claims (a PNG called a PDF), or of a type not read")
    @APIResponse(responseCode = "422", description = "The document cannot be read as a plan: encrypted, a scan without text, "
            + "Vietnamese in a legacy encoding (TCVN3, VNI), damaged, or not a plan (no title, no tasks); or the Idempotency-Key was "
            + "used with another document")
    Response importPlan(
            @Parameter(description = "Answer what the import would give, creating nothing") @QueryParam("dryRun") Boolean dryRun,
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of importing again")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @HeaderParam("Content-Type") String contentType,
            byte[] document);

    @GET
    @Path("/{importId}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getPlanImport", summary = "Get an import", description = "The import as it was answered: the draft plan's id, "
            + "the header and the findings.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanImport.class)))
    @APIResponse(responseCode = "404", description = "No import with this id")
    PlanImport get(@PathParam("importId") UUID importId);
}
