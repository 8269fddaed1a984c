package vn.planprogress.reports.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The small page layout the official report needs, on A4 pages of a PDFBox document: wrapped
 * paragraphs (left, centred or justified, a first-line indent), short rules, blocks kept together,
 * and a table whose rows wrap in their cells and break across pages with the header repeated. The
 * cursor {@code y} is the top of the next line, in points from the bottom of the page.
 */
final class PdfPages {

    static final float MM = 72f / 25.4f;
    /** Liberation Serif's ascent, in ems: where the baseline sits below the top of a line. */
    private static final float ASCENT = 0.891f;
    private static final float LEADING = 1.15f;
    private static final float CELL_PADDING_X = 1.9f * MM;
    private static final float CELL_PADDING_Y = 2f;
    private static final float RULE_WIDTH = 0.5f;

    enum Align { LEFT, CENTER, JUSTIFY }

    /** A font at a size. */
    record Style(PDFont font, float size) {

        float leading() {
            return size * LEADING;
        }
    }

    /** The four faces of Liberation Serif, embedded (as subsets, with their ToUnicode maps) in one document. */
    record Fonts(PDFont regular, PDFont bold, PDFont italic, PDFont boldItalic) {

        private static final Map<String, byte[]> FILES = new ConcurrentHashMap<>();

        static Fonts load(PDDocument document) {
            return new Fonts(face(document, "Regular"), face(document, "Bold"), face(document, "Italic"), face(document, "BoldItalic"));
        }

        private static PDFont face(PDDocument document, String face) {
            try {
                return PDType0Font.load(document, new ByteArrayInputStream(FILES.computeIfAbsent(face, Fonts::file)), true);
            } catch (IOException e) {
                throw new UncheckedIOException("The font Liberation Serif " + face + " could not be read", e);
            }
        }

        /** The font file, shipped in the service's own dependencies and never looked up on the machine; read once. */
        private static byte[] file(String face) {
            String resource = "/liberation/LiberationSerif-" + face + ".ttf";
            try (InputStream font = PdfPages.class.getResourceAsStream(resource)) {
                if (font == null) {
                    throw new IllegalStateException("The font " + resource + " is not on the class path");
                }
                return font.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("The font " + resource + " could not be read", e);
            }
        }
    }

    /** A wrapped line: its words and whether it ends its paragraph (or a line break), which justification leaves ragged. */
    private record Line(List<String> words, boolean last, float indent) {
    }

    /** A cell of a table row: its text, style and alignment. */
    record Cell(String text, Style style, Align align) {
    }

    private final PDDocument document;
    private final float left;
    private final float right;
    private final float top;
    private final float bottom;
    private final List<PDPage> pages = new ArrayList<>();
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    /** Widths in font units per text: wrapping measures the same words many times. */
    private final Map<PDFont, Map<String, Float>> widths = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    /** Margins in millimetres from the edges of the page. */
    PdfPages(PDDocument document, float topMm, float bottomMm, float leftMm, float rightMm) {
        this.document = document;
        this.left = leftMm * MM;
        this.right = PDRectangle.A4.getWidth() - rightMm * MM;
        this.top = PDRectangle.A4.getHeight() - topMm * MM;
        this.bottom = bottomMm * MM;
        newPage();
    }

    float left() {
        return left;
    }

    float width() {
        return right - left;
    }

    float y() {
        return y;
    }

    void moveDown(float points) {
        y -= points;
    }

    void newPage() {
        close();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        pages.add(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = top;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) {
        if (y - height < bottom && y < top) {
            newPage();
        }
    }

    /** A paragraph wrapped to the text width, starting a new page wherever its next line does not fit. */
    void paragraph(String text, Style style, Align align, float firstIndent, float before, float after) {
        if (y < top) {
            y -= before;
        }
        List<Line> lines = wrap(text, style, width(), firstIndent);
        // As word processors do: no paragraph leaves one line alone at the foot of a page or the top of the next.
        int fit = (int) ((y - bottom) / style.leading());
        int breakAt = lines.size();
        if (lines.size() > fit && lines.size() > 1) {
            if (fit < 2) {
                newPage();
            } else if (lines.size() - fit < 2) {
                breakAt = fit - 1;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == breakAt || y - style.leading() < bottom) {
                newPage();
            }
            draw(lines.get(i), style, left, width(), align);
            y -= style.leading();
        }
        y -= after;
    }

    /** The height that {@code text} takes in a column {@code width} wide. */
    float height(String text, Style style, float width) {
        return wrap(text, style, width, 0).size() * style.leading();
    }

    /**
     * Lines of text in a column of the page, from the cursor down; the cursor stays. Returns the
     * height used, for the caller to move down by the tallest column.
     */
    float column(float x, float width, float from, List<Cell> lines) {
        float at = from;
        for (Cell cell : lines) {
            for (Line line : wrap(cell.text(), cell.style(), width, 0)) {
                float saved = y;
                y = at;
                draw(line, cell.style(), x, width, cell.align());
                y = saved;
                at -= cell.style().leading();
            }
        }
        return from - at;
    }

    /** A horizontal rule {@code length} long, centred in the column at {@code x}, at height {@code at}. */
    void rule(float x, float width, float length, float at) {
        float start = x + (width - length) / 2;
        try {
            content.setLineWidth(RULE_WIDTH);
            content.moveTo(start, at);
            content.lineTo(start + length, at);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How wide {@code text} is on one line. */
    float widthOf(String text, Style style) {
        float units = widths.computeIfAbsent(style.font(), f -> new HashMap<>()).computeIfAbsent(text, t -> {
            try {
                return style.font().getStringWidth(printable(t, style.font()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return units / 1000 * style.size();
    }

    /**
     * A table across the text width: columns in percent, a header row repeated at the top of every
     * page it continues on. A row moves whole to the next page when it does not fit where it would
     * start; only a row taller than a page is cut between its lines.
     */
    void table(int[] percents, List<Cell> header, List<List<Cell>> rows) {
        float[] widths = new float[percents.length];
        for (int c = 0; c < percents.length; c++) {
            widths[c] = width() * percents[c] / 100f;
        }
        if (y - rowHeight(header, widths) - rowHeight(rows.isEmpty() ? header : rows.get(0), widths) < bottom) {
            newPage();
        }
        row(header, widths);
        for (List<Cell> row : rows) {
            float height = rowHeight(row, widths);
            float page = top - bottom - rowHeight(header, widths);
            if (y - height < bottom && height <= page) {
                newPage();
                row(header, widths);
            }
            List<List<Line>> lines = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                lines.add(wrap(row.get(c).text(), row.get(c).style(), widths[c] - 2 * CELL_PADDING_X, 0));
            }
            int done = 0;
            int total = lines.stream().mapToInt(List::size).max().orElse(0);
            do {
                float leading = row.get(0).style().leading();
                int fit = Math.max(1, (int) ((y - bottom - 2 * CELL_PADDING_Y) / leading));
                int count = Math.min(fit, total - done);
                slice(row, lines, widths, done, count);
                done += count;
                if (done < total) {
                    newPage();
                    row(header, widths);
                }
            } while (done < total);
        }
    }

    private void row(List<Cell> cells, float[] widths) {
        List<List<Line>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            lines.add(wrap(cells.get(c).text(), cells.get(c).style(), widths[c] - 2 * CELL_PADDING_X, 0));
        }
        slice(cells, lines, widths, 0, lines.stream().mapToInt(List::size).max().orElse(0));
    }

    /** Lines {@code from} to {@code from + count} of every cell of a row, with the cells' borders. */
    private void slice(List<Cell> cells, List<List<Line>> lines, float[] widths, int from, int count) {
        float leading = cells.get(0).style().leading();
        float height = count * leading + 2 * CELL_PADDING_Y;
        float x = left;
        float rowTop = y;
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            y = rowTop - CELL_PADDING_Y;
            List<Line> cellLines = lines.get(c);
            for (int i = from; i < Math.min(from + count, cellLines.size()); i++) {
                draw(cellLines.get(i), cell.style(), x + CELL_PADDING_X, widths[c] - 2 * CELL_PADDING_X, cell.align());
                y -= leading;
            }
            try {
                content.setLineWidth(RULE_WIDTH);
                content.addRect(x, rowTop - height, widths[c], height);
                content.stroke();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            x += widths[c];
        }
        y = rowTop - height;
    }

    private float rowHeight(List<Cell> cells, float[] widths) {
        int lines = 0;
        for (int c = 0; c < cells.size(); c++) {
            lines = Math.max(lines, wrap(cells.get(c).text(), cells.get(c).style(), widths[c] - 2 * CELL_PADDING_X, 0).size());
        }
        return lines * cells.get(0).style().leading() + 2 * CELL_PADDING_Y;
    }

    /** Page numbers centred at the top of every page but the first, in the top margin. */
    void numberPages(Style style, float fromTopMm) {
        close();
        for (int i = 1; i < pages.size(); i++) {
            PDPage page = pages.get(i);
            String number = String.valueOf(i + 1);
            float x = left + (width() - widthOf(number, style)) / 2;
            float baseline = page.getMediaBox().getHeight() - fromTopMm * MM - ASCENT * style.size();
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                text(stream, number, style, x, baseline);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    void close() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /** One line at the cursor, in a column; justified lines spread their words to both edges. */
    private void draw(Line line, Style style, float x, float width, Align align) {
        float baseline = y - (style.leading() - style.size()) / 2 - ASCENT * style.size();
        float space = widthOf(" ", style);
        float words = 0;
        for (String word : line.words()) {
            words += widthOf(word, style);
        }
        float natural = words + space * Math.max(0, line.words().size() - 1);
        float available = width - line.indent();
        float start = switch (align) {
            case CENTER -> x + (width - natural) / 2;
            case LEFT, JUSTIFY -> x + line.indent();
        };
        boolean spread = align == Align.JUSTIFY && !line.last() && line.words().size() > 1;
        float gap = spread ? (available - words) / (line.words().size() - 1) : space;
        if (!spread) {
            text(content, String.join(" ", line.words()), style, start, baseline);
            return;
        }
        float at = start;
        for (String word : line.words()) {
            text(content, word, style, at, baseline);
            at += widthOf(word, style) + gap;
        }
    }

    private void text(PDPageContentStream stream, String text, Style style, float x, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        try {
            stream.beginText();
            stream.setFont(style.font(), style.size());
            stream.newLineAtOffset(x, baseline);
            stream.showText(printable(text, style.font()));
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Words filled greedily into lines of {@code width}; a line break in the text ends a line, and a
     * word wider than the column is cut where it must be.
     */
    private List<Line> wrap(String text, Style style, float width, float firstIndent) {
        List<Line> lines = new ArrayList<>();
        float space = widthOf(" ", style);
        float indent = firstIndent;
        for (String hard : text.split("\n", -1)) {
            List<String> words = new ArrayList<>();
            float used = 0;
            for (String word : splitLong(hard.split(" ", -1), style, width - indent)) {
                float w = widthOf(word, style);
                if (!words.isEmpty() && used + space + w > width - indent) {
                    lines.add(new Line(words, false, indent));
                    indent = 0;
                    words = new ArrayList<>();
                    used = 0;
                }
                used += (words.isEmpty() ? 0 : space) + w;
                words.add(word);
            }
            lines.add(new Line(words, true, indent));
            indent = 0;
        }
        return lines;
    }

    private List<String> splitLong(String[] words, Style style, float width) {
        List<String> pieces = new ArrayList<>();
        for (String word : words) {
            String rest = word;
            while (widthOf(rest, style) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && widthOf(rest.substring(0, cut), style) > width) {
                    cut--;
                }
                pieces.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            // Kept when empty: runs of spaces (Số:        /BC-) stay as they were written.
            pieces.add(rest);
        }
        return pieces;
    }

    /** The text with any character the font has no glyph for (an emoji in a remark, say) shown as '?', never failing the document. */
    private String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            boolean has = known.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return !Character.isISOControl(c);
                } catch (IOException | IllegalArgumentException e) {
                    return false;
                }
            });
            out.append(has ? new String(Character.toChars(cp)) : "?");
        });
        return out.toString();
    }
}
