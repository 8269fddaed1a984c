package vn.planprogress.plans.imports;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The seed document as the description the test documents are made from: its header pair beside the motto,
 * its paragraphs joined back from the seed's broken lines, its recipients beside the signer. The joining
 * here is the test's own, a plain rule that fits this one document (a label at the start of a line starts
 * a paragraph unless a bracket is open), so that the DOCX and the PDF do not lean on the reader's joining.
 */
public final class SeedDocument {

    private static final Pattern LABEL = Pattern.compile("^([IVX]+\\.|\\d+\\.|[-+])\\s.*");

    private SeedDocument() {
    }

    public static TestDocuments.Doc of(byte[] seed) {
        List<String> lines = new ArrayList<>();
        for (String line : new String(seed, StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip().replaceAll("\\s+", " "));
            }
        }
        int motto = index(lines, "CỘNG HÒA");
        int kind = index(lines, "KẾ HOẠCH");
        int preamble = index(lines, "Thực hiện");
        int recipients = index(lines, "Nơi nhận");
        int signer = index(lines, "GIÁM ĐỐC");
        List<TestDocuments.Part> parts = new ArrayList<>();
        parts.add(new TestDocuments.Columns(lines.subList(0, motto), lines.subList(motto, kind)));
        lines.subList(kind, preamble).forEach(line -> parts.add(new TestDocuments.Para(line)));
        StringBuilder paragraph = null;
        for (String line : lines.subList(preamble, recipients)) {
            boolean open = paragraph != null && paragraph.chars().filter(c -> c == '(').count() > paragraph.chars().filter(c -> c == ')').count();
            boolean afterHeading = paragraph != null && paragraph.toString().equals(paragraph.toString().toUpperCase()) && !line.equals(line.toUpperCase());
            if (paragraph == null || LABEL.matcher(line).matches() && !open || afterHeading) {
                if (paragraph != null) {
                    parts.add(new TestDocuments.Para(paragraph.toString()));
                }
                paragraph = new StringBuilder(line);
            } else {
                paragraph.append(paragraph.toString().matches(".*\\d-$") ? "" : " ").append(line);
            }
        }
        parts.add(new TestDocuments.Para(paragraph.toString()));
        parts.add(new TestDocuments.Columns(lines.subList(recipients, signer), lines.subList(signer, lines.size())));
        return new TestDocuments.Doc(parts);
    }

    private static int index(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        throw new IllegalStateException("the seed has no line starting '" + start + "'");
    }
}
