package vn.planprogress.plans.imports;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text folded for comparison: no diacritics, đ as d, lower case, one space between words. */
final class Fold {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Fold() {
    }

    static String of(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** Folded character by character, so that a position in the result is a position in the (NFC) text. */
    static String keepingLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = c == 'đ' || c == 'Đ' ? 'd' : Character.isWhitespace(c) ? ' ' : bare.charAt(0);
            out.append(Character.toLowerCase(first));
        }
        return out.toString();
    }

    /** Folded, with punctuation as spaces: "Phòng HC-TH" and "phong hc th" fold alike. */
    static String words(String text) {
        return SPACES.matcher(of(text).replaceAll("[^a-z0-9]+", " ")).replaceAll(" ").trim();
    }

    /** True when the text has letters and none of them is lower case ("KẾ HOẠCH", "KT. GIÁM ĐỐC"). */
    static boolean isUpperCase(String text) {
        boolean letters = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        return letters;
    }
}
