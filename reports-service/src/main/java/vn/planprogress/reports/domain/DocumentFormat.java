package vn.planprogress.reports.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents a snapshot is stored as, each with the version of its format: what a reader of the
 * stored bytes needs to know to read them, whichever code wrote them. A change to what a format
 * holds gets a new version; the rows written before keep theirs.
 */
public enum DocumentFormat {

    /** The snapshot as the API serves it: {@code api.Snapshot} with its report. */
    JSON("application/json", "json", 1),
    /** UTF-8 with a byte order mark, three tables (see {@code export.CsvExport}). */
    CSV("text/csv; charset=UTF-8", "csv", 1),
    /** The official report (Nghị định 30/2020/NĐ-CP) for word processors. */
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", 1),
    /** The official report as PDF/A-2b, the document that is signed and sent. */
    PDF("application/pdf", "pdf", 1);

    public final String mediaType;
    public final String extension;
    public final int version;

    DocumentFormat(String mediaType, String extension, int version) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.version = version;
    }

    /** The format named json, csv, docx or pdf (in any case). */
    public static Optional<DocumentFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.extension.equals(name.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
