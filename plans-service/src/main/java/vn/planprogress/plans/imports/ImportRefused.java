package vn.planprogress.plans.imports;

import java.util.List;

/**
 * A document the import will not read, with the reason named so that the endpoint answers each with
 * its own problem type, and a detail that tells the planner what to send instead.
 */
public final class ImportRefused extends RuntimeException {

    /** Why a document is refused. */
    public enum Reason {
        /** The body is empty. */
        EMPTY_BODY,
        /** The media type is not one the import reads. */
        UNSUPPORTED_MEDIA_TYPE,
        /** The bytes are not what the media type claims (a PNG called a PDF). */
        TYPE_MISMATCH,
        /** A password-protected PDF or an encrypted Word file. */
        ENCRYPTED,
        /** A scanned PDF: pages without a text layer. */
        NO_TEXT_LAYER,
        /** A Word file that inflates past the limits of a real document. */
        ZIP_BOMB,
        /** The file is of the right type but damaged. */
        UNREADABLE,
        /** Vietnamese written in a pre-Unicode encoding (TCVN3/ABC, VNI). */
        LEGACY_ENCODING,
        /** A text body that is not valid UTF-8. */
        NOT_UTF8,
        /** Readable, but not a plan: no title, no tasks. */
        NOT_A_PLAN
    }

    private final Reason reason;
    private final List<String> missing;

    public ImportRefused(Reason reason, String detail) {
        this(reason, detail, List.of(), null);
    }

    public ImportRefused(Reason reason, String detail, Throwable cause) {
        this(reason, detail, List.of(), cause);
    }

    public ImportRefused(Reason reason, String detail, List<String> missing, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
        this.missing = List.copyOf(missing);
    }

    public Reason reason() {
        return reason;
    }

    /** For {@link Reason#NOT_A_PLAN}: the parts of a plan the document lacks. */
    public List<String> missing() {
        return missing;
    }
}
