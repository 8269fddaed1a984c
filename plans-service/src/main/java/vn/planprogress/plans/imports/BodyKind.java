package vn.planprogress.plans.imports;

import java.nio.charset.StandardCharsets;

/** What a body is by its first bytes, whatever its media type claims. */
enum BodyKind {
    PDF("a PDF", "%PDF-"),
    ZIP("a ZIP archive", "PK\u0003\u0004"),
    OLE2("an OLE2 compound file (a Word 97-2003 document or an encrypted Office file)", "\u00D0\u00CF\u0011\u00E0\u00A1\u00B1\u001A\u00E1"),
    PNG("a PNG image", "\u0089PNG"),
    JPEG("a JPEG image", "\u00FF\u00D8\u00FF"),
    GIF("a GIF image", "GIF8"),
    TIFF_LE("a TIFF image", "II*\u0000"),
    TIFF_BE("a TIFF image", "MM\u0000*"),
    RTF("an RTF document", "{\\rtf"),
    OTHER("text or an unknown format", "");

    private final String description;
    private final byte[] magic;

    BodyKind(String description, String magic) {
        this.description = description;
        this.magic = magic.getBytes(StandardCharsets.ISO_8859_1);
    }

    String description() {
        return description;
    }

    static BodyKind of(byte[] body) {
        for (BodyKind kind : values()) {
            if (kind != OTHER && startsWith(body, kind.magic)) {
                return kind;
            }
        }
        return OTHER;
    }

    private static boolean startsWith(byte[] body, byte[] prefix) {
        if (body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
