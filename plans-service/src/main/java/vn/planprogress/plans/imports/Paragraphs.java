package vn.planprogress.plans.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines broken where a page was full, joined back into paragraphs. A line starts a paragraph when it
 * starts with an item's label ("III.", "2.", "a)", "-", "+") or a preamble's "Căn cứ", or when the line
 * before it ends a sentence well short of the page's width; a dash that only continues a name broken
 * at "Phòng Hành chính - Tổng hợp" does not.
 */
final class Paragraphs {

    /** A paragraph with where its first line came from. */
    record Paragraph(String text, SourceRef ref) {
    }

    static final Pattern ROMAN = Pattern.compile("^([IVXL]+)\\.\\s+(.*)$");
    static final Pattern NUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.\\s*(\\S.*)$|^(\\d{1,2}(?:\\.\\d{1,2})+)\\s+(\\S.*)$");
    static final Pattern LETTER = Pattern.compile("^([a-zđ])\\)\\s*(\\S.*)$");
    static final Pattern BULLET = Pattern.compile("^([-–+•*])\\s*(\\S.*)$");
    private static final Pattern PREAMBLE_START = Pattern.compile("^(Căn cứ|Thực hiện|Trên cơ sở)\\s.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:;!?]\\s*$");
    private static final Pattern TASK_LABEL = Pattern.compile("^[-–+•]?\\s*(Đơn vị|Cơ quan|Thời gian|Sản phẩm|Chủ trì|Phối hợp|Kết quả)[^:]{0,40}:.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Paragraphs() {
    }

    static List<Paragraph> join(List<SourceDocument.Line> lines) {
        int fullWidth = fullWidth(lines);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder current = null;
        SourceRef ref = null;
        boolean previousWhole = true;
        int previousLength = 0;
        for (SourceDocument.Line line : lines) {
            String text = clean(line.text());
            if (text.isEmpty()) {
                continue;
            }
            if (current == null || previousWhole || startsParagraph(current, text, line.indented(), previousLength, fullWidth)) {
                if (current != null) {
                    paragraphs.add(new Paragraph(current.toString(), ref));
                }
                current = new StringBuilder(text);
                ref = line.ref();
            } else {
                boolean brokenWord = current.length() > 1 && current.charAt(current.length() - 1) == '-'
                        && Character.isLetterOrDigit(current.charAt(current.length() - 2));
                current.append(brokenWord ? "" : " ").append(text);
            }
            previousWhole = line.whole();
            previousLength = text.length();
        }
        if (current != null) {
            paragraphs.add(new Paragraph(current.toString(), ref));
        }
        return paragraphs;
    }

    /** Trimmed, with runs of spaces, tabs and no-break spaces as one space. */
    static String clean(String text) {
        return Fold.spaces(text);
    }

    private static boolean startsParagraph(CharSequence current, String line, Boolean indented, int previousLength, int fullWidth) {
        String paragraph = current.toString();
        boolean openParenthesis = count(paragraph, '(') > count(paragraph, ')');
        if (ROMAN.matcher(paragraph).matches() && Fold.isUpperCase(paragraph) && !Fold.isUpperCase(line)) {
            return true;
        }
        if (ROMAN.matcher(line).matches() && Fold.isUpperCase(line)) {
            return true;
        }
        if (NUMBER.matcher(line).matches() || LETTER.matcher(line).matches()) {
            return !openParenthesis;
        }
        if (BULLET.matcher(line).matches()) {
            if (TASK_LABEL.matcher(line).matches()) {
                return true;
            }
            String after = BULLET.matcher(line).replaceFirst("$2");
            boolean endsSentence = SENTENCE_END.matcher(paragraph).matches();
            if (openParenthesis) {
                return false;
            }
            if (!endsSentence && (Character.isLowerCase(after.codePointAt(0)) || Character.isDigit(after.codePointAt(0)))) {
                return false;
            }
            // "- Đơn vị chủ trì: Phòng Kế hoạch" broken before "- Tài chính": a unit list goes on to its full stop.
            return !(TASK_LABEL.matcher(paragraph).matches() && !endsSentence);
        }
        if (PREAMBLE_START.matcher(line).matches()) {
            return true;
        }
        // A PDF's paragraph starts indented; elsewhere, a line that ends a sentence well short of the page's width ended its paragraph.
        boolean ended = Boolean.TRUE.equals(indented) || indented == null && previousLength < fullWidth * 3 / 4;
        return SENTENCE_END.matcher(paragraph).matches() && ended && Character.isUpperCase(line.codePointAt(0));
    }

    /** The width of a full line: the longest lines but for a few outliers. */
    private static int fullWidth(List<SourceDocument.Line> lines) {
        int[] lengths = lines.stream().filter(l -> !l.whole()).mapToInt(l -> clean(l.text()).length()).filter(n -> n > 0).sorted().toArray();
        if (lengths.length == 0) {
            return Integer.MAX_VALUE;
        }
        return Arrays.stream(lengths).skip(lengths.length * 9L / 10).findFirst().orElse(lengths[lengths.length - 1]);
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
