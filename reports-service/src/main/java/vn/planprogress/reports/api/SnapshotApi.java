package vn.planprogress.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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
import vn.planprogress.reports.export.CsvExport;
import vn.planprogress.reports.export.OfficialReport;
import vn.planprogress.reports.export.PdfReport;

/**
 * The contract of report snapshots and their exports: paths, parameters, the roles each operation needs,
 * answers and examples, as the OpenAPI document shows them. {@code SnapshotResource} implements it.
 */
@Path("/api/v1/reports")
@Tag(name = "Report snapshots", description = "Reports stored as they stood, as the JSON, CSV, official DOCX and PDF/A documents "
        + "rendered once when they were taken; the PDF signed by leaders")
@Produces(MediaType.APPLICATION_JSON)
public interface SnapshotApi {

    @POST
    @Path("/plans/{planId}/snapshots")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PLANNER)
    @Operation(operationId = "takeSnapshot", summary = "Take a snapshot of a plan's report",
            description = "Builds the report (a period or the whole year, now or as of an instant) from all of its data and stores it, "
                    + "never to change. The body is optional. Send an Idempotency-Key to retry safely.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotRequest.class),
            examples = @ExampleObject(name = "the year as of 12/11/2022", value = Examples.SNAPSHOT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Stored; Location names the snapshot",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SnapshotSummary.class),
                    examples = @ExampleObject(name = "snapshot", value = Examples.SNAPSHOT_SUMMARY)))
    @APIResponse(responseCode = "400", description = "period spells no period or is not a reporting period of the plan, or asOf is malformed or in the future")
    @APIResponse(responseCode = "404", description = "No plan with this id")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    @APIResponse(responseCode = "503", description = "The plans or progress service cannot be read; nothing was stored")
    Response take(@PathParam("planId") UUID planId,
                  @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of taking another")
                  @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
                  @Valid SnapshotRequest request);

    @GET
    @Path("/plans/{planId}/snapshots")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listSnapshots", summary = "List a plan's snapshots", description = "Newest first, without their reports.")
    @APIResponse(responseCode = "200", description = "A page of snapshots")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    Page<SnapshotSummary> list(@PathParam("planId") UUID planId, @Valid @BeanParam PageRequest page);

    @GET
    @Path("/snapshots/{id}")
    @Produces({MediaType.APPLICATION_JSON, CsvExport.MEDIA_TYPE, OfficialReport.MEDIA_TYPE, PdfReport.MEDIA_TYPE})
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "getSnapshot", summary = "Get a snapshot as JSON, CSV, the official DOCX or the PDF/A document",
            description = "By format=json|csv|docx|pdf, or else by the Accept header (application/json, text/csv, "
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document or application/pdf); signed=true gives the PDF "
                    + "as last signed. Every document was rendered once, when the snapshot was taken, and is returned byte for byte as it "
                    + "was stored: the ETag and Content-Digest give its SHA-256. The CSV is UTF-8 with a byte order mark; the DOCX and the "
                    + "PDF (PDF/A-2b) follow Nghị định 30/2020/NĐ-CP.")
    @APIResponse(responseCode = "200", description = "The snapshot's document as stored",
            headers = {@Header(name = "ETag", description = "The document's SHA-256 in hex", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Digest", description = "The document's SHA-256 (RFC 9530): sha-256=:<base64>:",
                            schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Snapshot.class)),
                    @Content(mediaType = CsvExport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)),
                    @Content(mediaType = OfficialReport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PdfReport.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "format is not json, csv, docx or pdf, or signed=true names another format than pdf")
    @APIResponse(responseCode = "404", description = "No snapshot with this id")
    @APIResponse(responseCode = "406", description = "The Accept header names none of JSON, CSV, DOCX and PDF, or the snapshot does not have "
            + "the document asked for (signed=true before any signature)")
    @APIResponse(responseCode = "500", description = "The stored document no longer matches its digest (corrupted storage); it is not served")
    Response get(@PathParam("id") UUID id,
                 @Parameter(description = "json, csv, docx or pdf; overrides the Accept header", example = "pdf")
                 @QueryParam("format") String format,
                 @Parameter(description = "true for the PDF as last signed (see POST .../signatures)", example = "true")
                 @QueryParam("signed") Boolean signed,
                 @Context HttpHeaders headers);

    @POST
    @Path("/snapshots/{id}/signatures")
    @RolesAllowed(Roles.LEADER)
    @Operation(operationId = "signSnapshot", summary = "Sign a snapshot's PDF (ký số báo cáo)",
            description = "Signs the stored PDF with the organisation's key as the caller (PAdES B-B, reason \"Ký số báo cáo\"). The first "
                    + "signature signs the PDF rendered with the snapshot; a later one, by another signer, is an incremental update that keeps "
                    + "the earlier signatures valid. Nothing is re-signed or replaced. No body. Send an Idempotency-Key to retry safely.")
    @APIResponse(responseCode = "201", description = "Signed; Location names the signed PDF",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportSignature.class)))
    @APIResponse(responseCode = "404", description = "No snapshot with this id")
    @APIResponse(responseCode = "409", description = "The caller signed this snapshot already")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another request")
    @APIResponse(responseCode = "500", description = "The stored PDF no longer matches its digest (corrupted storage); nothing was signed")
    @APIResponse(responseCode = "503", description = "The signing keystore is missing, cannot be opened or its certificate is not valid: "
            + "the problem names the setting to fix; nothing was signed")
    Response sign(@PathParam("id") UUID id,
                  @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of signing again")
                  @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey);

    @GET
    @Path("/snapshots/{id}/signatures")
    @RolesAllowed(Roles.VIEWER)
    @Operation(operationId = "listSnapshotSignatures", summary = "List the signatures of a snapshot's PDF", description = "Oldest first: who signed, when, and the SHA-256 of the PDF as it stood after each signature.")
    @APIResponse(responseCode = "200", description = "The signatures")
    @APIResponse(responseCode = "404", description = "No snapshot with this id")
    List<ReportSignature> signatures(@PathParam("id") UUID id);
}
