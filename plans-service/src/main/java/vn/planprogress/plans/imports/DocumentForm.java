package vn.planprogress.plans.imports;

import java.util.Locale;

/** The forms a plan's document comes in: a Word file, a born-digital PDF, or UTF-8 text. */
public enum DocumentForm {
    TEXT("text/plain"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String mediaType;

    DocumentForm(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The form a media type names; a text that declares a charset other than UTF-8 is refused here. */
    public static DocumentForm of(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED_MEDIA_TYPE,
                    "the body has no Content-Type: send " + names());
        }
        String[] parts = contentType.split(";");
        String type = parts[0].trim().toLowerCase(Locale.ROOT);
        for (DocumentForm form : values()) {
            if (form.mediaType.equals(type)) {
                if (form == TEXT) {
                    checkCharset(parts);
                }
                return form;
            }
        }
        throw new ImportRefused(ImportRefused.Reason.UNSUPPORTED_MEDIA_TYPE,
                "a plan is read from " + names() + ", not from " + type);
    }

    private static void checkCharset(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) {
                String charset = parameter[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
                    throw new ImportRefused(ImportRefused.Reason.NOT_UTF8,
                            "the text is declared as " + charset + "; send it as UTF-8 (text/plain; charset=utf-8)");
                }
            }
        }
    }

    private static String names() {
        return DOCX.mediaType + " (Word), " + PDF.mediaType + " (a PDF with text) or text/plain; charset=utf-8";
    }
}
