package vn.planprogress.plans.imports;

import java.text.Normalizer;

/**
 * Vietnamese text folded for comparison: no diacritics, đ as d, lower case, one space between words.
 * Character by character from a table, as the reader folds every line it looks at.
 */
final class Fold {

    /** The folded form of each character up to the end of Latin Extended Additional (U+1EFF), 0 where it is not a letter. */
    private static final char[] TABLE = new char[0x1F00];

    static {
        for (char c = 0; c < TABLE.length; c++) {
            if (c == 'đ' || c == 'Đ') {
                TABLE[c] = 'd';
                continue;
            }
            String bare = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char first = bare.isEmpty() ? c : bare.charAt(0);
            TABLE[c] = Character.getType(c) == Character.NON_SPACING_MARK ? 0 : Character.toLowerCase(first);
        }
    }

    private Fold() {
    }

    static String of(String text) {
        return fold(text, true, false);
    }

    /** Folded, with punctuation as spaces: "Phòng HC-TH" and "phong hc th" fold alike. */
    static String words(String text) {
        return fold(text, true, true);
    }

    /** Not folded, but trimmed, with runs of spaces, tabs and no-break spaces as one space. */
    static String spaces(String text) {
        return fold(text, false, false);
    }

    /** Folded character by character, so that a position in the result is a position in the (NFC) text. */
    static String keepingLength(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
            out.append(Character.isWhitespace(c) ? ' ' : folded == 0 ? c : folded);
        }
        return out.toString();
    }

    private static String fold(String text, boolean foldLetters, boolean wordsOnly) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = !foldLetters ? c : c < TABLE.length ? TABLE[c] : Character.toLowerCase(c);
            if (folded == 0) {
                continue;
            }
            boolean separator = Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B'
                    || wordsOnly && !(folded >= 'a' && folded <= 'z' || folded >= '0' && folded <= '9');
            if (separator) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(folded);
            }
        }
        return out.toString();
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
