package vn.planprogress.plans.imports;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese in the encodings of before Unicode, recognised by the characters they leave when read as
 * Latin-1 (as Word shows a .VnTime or VNI-Times document without its font): TCVN3 (ABC) puts à, á, ả, ã,
 * ạ, đ, ơ, ư on bytes such as µ ¸ ¶ · ¹ ® ¬ ª ¨ ©; VNI writes a plain vowel followed by a mark byte ("Vieät",
 * "hoøa") and đ as ñ.
 */
final class LegacyEncoding {

    static final String TCVN3 = "TCVN3 (ABC)";
    static final String VNI = "VNI";

    private static final Pattern TCVN3_MARKS = Pattern.compile("[\u00B5\u00B6\u00B7\u00B8\u00B9\u00AE\u00AC\u00AD\u00AA\u00A8\u00A9]");
    private static final Pattern VNI_MARKS = Pattern.compile("[aeiouyAEIOUY\u00F4\u00F6\u00D4\u00D6][\u00F8\u00FB\u00EF\u00E4\u00E5\u00EB\u00FC]|[\u00F1\u00D1][aeiouAEIOU]");
    private static final Pattern UNICODE_VIETNAMESE = Pattern.compile("[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]");
    private static final int ENOUGH = 5;

    private LegacyEncoding() {
    }

    /** The legacy encoding the text is in, when its marks outnumber real Vietnamese letters. */
    static Optional<String> of(CharSequence text) {
        int unicode = count(UNICODE_VIETNAMESE, text);
        int tcvn3 = count(TCVN3_MARKS, text);
        int vni = count(VNI_MARKS, text);
        int legacy = Math.max(tcvn3, vni);
        if (legacy < ENOUGH || legacy <= unicode) {
            return Optional.empty();
        }
        return Optional.of(tcvn3 >= vni ? TCVN3 : VNI);
    }

    static ImportRefused refusal(String encoding) {
        String fonts = encoding.equals(TCVN3) ? ".VnTime, .VnArial" : "VNI-Times";
        return new ImportRefused(ImportRefused.Reason.LEGACY_ENCODING, "the document is Vietnamese in the " + encoding
                + " encoding (fonts such as " + fonts + "), not Unicode: convert it to Unicode (e.g. with Unikey's "
                + "converter, from " + encoding + " to Unicode) and send it again");
    }

    private static int count(Pattern pattern, CharSequence text) {
        Matcher matcher = pattern.matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
