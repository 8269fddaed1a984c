package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.reports.domain.DocumentFormat;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.domain.SnapshotDocument;
import vn.planprogress.reports.domain.SnapshotSignature;
import vn.planprogress.reports.domain.StoredBytes;
import vn.planprogress.reports.repository.SnapshotRepository;

/**
 * A snapshot's documents as they were stored, byte for byte (format= first, then Accept): the JSON,
 * the CSV, the DOCX, the PDF, or the PDF as last signed. Every download names its SHA-256 (ETag,
 * Content-Digest) and is checked against it first: bytes that storage has changed are never served.
 */
@ApplicationScoped
public class SnapshotDocuments {

    public static final String CSV = "text/csv";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String PDF = "application/pdf";
    private static final Logger LOG = Logger.getLogger(SnapshotDocuments.class);
    private static final List<DocumentFormat> OFFERED = List.of(DocumentFormat.JSON, DocumentFormat.CSV, DocumentFormat.DOCX,
            DocumentFormat.PDF);

    private final SnapshotRepository snapshots;

    @Inject
    public SnapshotDocuments(SnapshotRepository snapshots) {
        this.snapshots = snapshots;
    }

    @Transactional
    public Response download(UUID id, String format, boolean signed, List<MediaType> acceptable) {
        DocumentFormat wanted = format == null || format.isBlank() ? (signed ? DocumentFormat.PDF : negotiated(acceptable)) : named(format);
        if (signed && wanted != DocumentFormat.PDF) {
            throw ProblemException.invalid("signed", "only the PDF is signed: ask for format=pdf&signed=true");
        }
        ReportSnapshot snapshot = snapshots.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("report snapshot", id));
        if (signed) {
            List<SnapshotSignature> signatures = snapshots.signatures(id);
            if (signatures.isEmpty()) {
                throw notAcceptable("Snapshot " + id + " has no signed PDF yet: a leader signs it with POST /api/v1/reports/snapshots/"
                        + id + "/signatures; the unsigned PDF is format=pdf");
            }
            SnapshotSignature last = intact(signatures.get(signatures.size() - 1));
            return download(last.content, DocumentFormat.PDF.mediaType, last.sha256, filename(snapshot, "ky-so.pdf"));
        }
        SnapshotDocument document = intact(id, wanted);
        return download(document.content, document.mediaType, document.sha256,
                wanted == DocumentFormat.JSON ? null : filename(snapshot, wanted.extension));
    }

    /** The stored document, checked against its digest. */
    SnapshotDocument intact(UUID id, DocumentFormat format) {
        SnapshotDocument document = snapshots.document(id, format).orElseThrow(() -> notAcceptable(
                "Snapshot " + id + " is not stored as " + format.extension + "; it has " + snapshotFormats(id)));
        if (!StoredBytes.intact(document.content, document.sha256)) {
            throw corrupted(id, format.extension);
        }
        return document;
    }

    SnapshotSignature intact(SnapshotSignature signature) {
        if (!StoredBytes.intact(signature.content, signature.sha256)) {
            throw corrupted(signature.snapshotId, "signed PDF (signature " + signature.sequence + ")");
        }
        return signature;
    }

    private String snapshotFormats(UUID id) {
        return String.join(", ", OFFERED.stream().filter(f -> snapshots.document(id, f).isPresent()).map(f -> f.extension).toList());
    }

    private static ProblemException corrupted(UUID id, String what) {
        LOG.errorf("Snapshot %s: its stored %s no longer matches the SHA-256 it was stored with; it is not served. "
                + "Restore the row from a backup.", id, what);
        return ProblemException.of(ProblemType.STORED_DOCUMENT_CORRUPTED, "The stored " + what + " of snapshot " + id + " no longer matches the digest it was stored with, so it is not served; "
                        + "the operators are told (the log names the snapshot)");
    }

    private static ProblemException notAcceptable(String detail) {
        return ProblemException.of(ProblemType.NOT_ACCEPTABLE, detail);
    }

    private static DocumentFormat named(String format) {
        return DocumentFormat.named(format).orElseThrow(() ->
                ProblemException.invalid("format", "'" + format + "' is not a format of snapshots; use json, csv, docx or pdf"));
    }

    /** The first of the caller's acceptable types (by preference) that a snapshot comes in; JSON for a wildcard. */
    private static DocumentFormat negotiated(List<MediaType> acceptable) {
        for (MediaType wanted : acceptable) {
            for (DocumentFormat offered : OFFERED) {
                if (wanted.isCompatible(MediaType.valueOf(offered.mediaType))) {
                    return offered;
                }
            }
        }
        return DocumentFormat.JSON;
    }

    private static String filename(ReportSnapshot snapshot, String extension) {
        return "bao-cao-" + snapshot.planNumber.replaceAll("[^A-Za-z0-9]+", "-") + "-"
                + (snapshot.period == null ? "ca-nam" : snapshot.period) + "-" + snapshot.id.toString().substring(0, 8) + "." + extension;
    }

    private static Response download(byte[] body, String type, byte[] sha256, String filename) {
        Response.ResponseBuilder response = Response.ok(body, type)
                .tag(StoredBytes.etag(sha256))
                .header("Content-Digest", StoredBytes.contentDigest(sha256));
        return filename == null ? response.build() : response.header("Content-Disposition", "attachment; filename=\"" + filename + "\"").build();
    }
}
