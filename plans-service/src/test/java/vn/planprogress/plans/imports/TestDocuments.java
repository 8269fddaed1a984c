package vn.planprogress.plans.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Test documents in the forms plans come in, made from one description: paragraphs in order, two-column
 * blocks (the header pair beside the motto, the recipients beside the signer) and tables. The DOCX has
 * real paragraphs, heading styles and tables; the PDF wraps its text across lines and pages in a font with
 * Vietnamese glyphs, numbers its pages, and writes a two-column block column by column; the text is what
 * a PDF's text layer gives, lines broken at a width.
 */
public final class TestDocuments {

    public sealed interface Part permits Columns, Para, Rows {
    }

    public record Columns(List<String> left, List<String> right) implements Part {
    }

    public record Para(String text) implements Part {
    }

    public record Rows(List<List<String>> rows) implements Part {
    }

    public record Doc(List<Part> parts) {
    }

    private static final float FONT_SIZE = 13;
    private static final float LEADING = 18;
    private static final float MARGIN_LEFT = 85;
    private static final float MARGIN_RIGHT = 57;
    private static final float MARGIN_TOP = 60;
    private static final float MARGIN_BOTTOM = 60;
    private static final float INDENT = 28;
    private static byte[] font;

    private TestDocuments() {
    }

    /**
     * The description written as text: a paragraph a line; "#columns", "#right" and "#end" around a two-column
     * block (left first); rows of a table as "| a | b |", "^" for a cell merged with the one above.
     */
    static Doc parse(String markup) {
        List<Part> parts = new ArrayList<>();
        List<String> left = null;
        List<String> right = null;
        List<List<String>> rows = null;
        for (String raw : markup.split("\n")) {
            String line = raw.strip();
            if (rows != null && !line.startsWith("|")) {
                parts.add(new Rows(rows));
                rows = null;
            }
            if (line.equals("#columns")) {
                left = new ArrayList<>();
            } else if (line.equals("#right")) {
                right = new ArrayList<>();
            } else if (line.equals("#end")) {
                parts.add(new Columns(left, right == null ? List.of() : right));
                left = null;
                right = null;
            } else if (line.isEmpty() || line.startsWith("//")) {
                continue;
            } else if (right != null) {
                right.add(line);
            } else if (left != null) {
                left.add(line);
            } else if (line.startsWith("|")) {
                if (rows == null) {
                    rows = new ArrayList<>();
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|")) {
                    cells.add(cell.strip());
                }
                rows.add(cells);
            } else {
                parts.add(new Para(line));
            }
        }
        if (rows != null) {
            parts.add(new Rows(rows));
        }
        return new Doc(parts);
    }

    /** As a PDF's text layer gives it: lines broken at {@code width} characters, columns one after the other. */
    public static byte[] text(Doc doc, int width) {
        StringBuilder out = new StringBuilder();
        for (Part part : doc.parts()) {
            if (part instanceof Columns columns) {
                columns.left().forEach(line -> out.append(line).append('\n'));
                columns.right().forEach(line -> out.append(line).append('\n'));
            } else if (part instanceof Para para) {
                wrap(para.text(), width).forEach(line -> out.append(line).append('\n'));
            } else if (part instanceof Rows rows) {
                rows.rows().forEach(row -> out.append(String.join(" | ", row)).append('\n'));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx(Doc doc) {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = word.createStyles();
            style(styles, "Title", "Title");
            style(styles, "Heading1", "heading 1");
            style(styles, "Heading2", "heading 2");
            for (Part part : doc.parts()) {
                if (part instanceof Columns columns) {
                    XWPFTable table = word.createTable(1, 2);
                    table.removeBorders();
                    cell(table.getRow(0).getCell(0), columns.left());
                    cell(table.getRow(0).getCell(1), columns.right());
                } else if (part instanceof Para para) {
                    XWPFParagraph paragraph = word.createParagraph();
                    String text = para.text();
                    if (text.equals("KẾ HOẠCH") || text.startsWith("PHỤ LỤC")) {
                        paragraph.setStyle("Title");
                        paragraph.setAlignment(ParagraphAlignment.CENTER);
                    } else if (text.matches("^[IVX]+\\. .*")) {
                        paragraph.setStyle("Heading1");
                    } else if (text.matches("^\\d+\\. .*")) {
                        paragraph.setStyle("Heading2");
                    } else {
                        paragraph.setIndentationFirstLine(567);
                        paragraph.setAlignment(ParagraphAlignment.BOTH);
                    }
                    paragraph.createRun().setText(text);
                } else if (part instanceof Rows rows) {
                    table(word, rows.rows());
                }
            }
            word.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] pdf(Doc doc) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font type0 = PDType0Font.load(pdf, new java.io.ByteArrayInputStream(font()));
            new PdfWriter(pdf, type0).write(doc);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    private static void style(XWPFStyles styles, String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.addNewName().setVal(name);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewRPr().addNewB();
        styles.addStyle(new XWPFStyle(style));
    }

    private static void cell(XWPFTableCell cell, List<String> lines) {
        XWPFParagraph first = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? first : cell.addParagraph();
            paragraph.setAlignment(ParagraphAlignment.CENTER);
            paragraph.createRun().setText(lines.get(i));
        }
    }

    private static void table(XWPFDocument word, List<List<String>> rows) {
        int columns = rows.get(0).size();
        XWPFTable table = word.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            XWPFTableRow row = table.getRow(r);
            // A row with fewer cells than the header: its last cell spans the rest (a group row).
            while (row.getTableCells().size() > cells.size()) {
                row.removeCell(row.getTableCells().size() - 1);
            }
            for (int c = 0; c < cells.size(); c++) {
                XWPFTableCell cell = row.getCell(c);
                if (cells.get(c).equals("^")) {
                    cell.getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                    XWPFTableCell above = table.getRow(r - 1).getCell(c);
                    var properties = above.getCTTc().isSetTcPr() ? above.getCTTc().getTcPr() : above.getCTTc().addNewTcPr();
                    if (!properties.isSetVMerge()) {
                        properties.addNewVMerge().setVal(STMerge.RESTART);
                    }
                } else {
                    cell.setText(cells.get(c));
                }
                if (c == cells.size() - 1 && cells.size() < columns) {
                    var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                    properties.addNewGridSpan().setVal(BigInteger.valueOf(columns - cells.size() + 1));
                }
            }
        }
    }

    private static synchronized byte[] font() throws IOException {
        if (font == null) {
            try (InputStream in = TestDocuments.class.getResourceAsStream("/liberation/LiberationSerif-Regular.ttf")) {
                font = in.readAllBytes();
            }
        }
        return font;
    }

    /** Lays the document out on A4 pages, numbering pages from the second at the top, as Nghị định 30/2020 has it. */
    private static final class PdfWriter {

        private final PDDocument pdf;
        private final PDType0Font font;
        private PDPageContentStream stream;
        private float y;
        private int pages;

        PdfWriter(PDDocument pdf, PDType0Font font) {
            this.pdf = pdf;
            this.font = font;
        }

        void write(Doc doc) throws IOException {
            newPage();
            for (Part part : doc.parts()) {
                if (part instanceof Columns columns) {
                    float top = y;
                    float half = (PDRectangle.A4.getWidth() - 2 * MARGIN_RIGHT) / 2;
                    column(columns.left(), MARGIN_RIGHT, half, top);
                    float leftEnd = y;
                    column(columns.right(), MARGIN_RIGHT + half, half, top);
                    y = Math.min(y, leftEnd) - LEADING;
                } else if (part instanceof Para para) {
                    paragraph(para.text());
                } else if (part instanceof Rows rows) {
                    for (List<String> row : rows.rows()) {
                        paragraph(String.join("   ", row));
                    }
                }
            }
            stream.close();
        }

        private void column(List<String> lines, float x, float width, float top) throws IOException {
            y = top;
            for (String line : lines) {
                float w = width(line);
                show(line, x + Math.max(0, (width - w) / 2));
            }
        }

        private void paragraph(String text) throws IOException {
            float width = PDRectangle.A4.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            float limit = width - INDENT;
            for (String word : text.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (line.length() > 0 && width(candidate) > limit) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                    limit = width;
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            for (int i = 0; i < lines.size(); i++) {
                show(lines.get(i), MARGIN_LEFT + (i == 0 ? INDENT : 0));
            }
        }

        private void show(String text, float x) throws IOException {
            if (y < MARGIN_BOTTOM) {
                newPage();
            }
            stream.beginText();
            stream.setFont(font, FONT_SIZE);
            stream.newLineAtOffset(x, y);
            stream.showText(text);
            stream.endText();
            y -= LEADING;
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            pages++;
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN_TOP;
            if (pages > 1) {
                show(String.valueOf(pages), PDRectangle.A4.getWidth() / 2);
                y -= LEADING / 2;
            }
        }

        private float width(String text) throws IOException {
            return font.getStringWidth(text) / 1000 * FONT_SIZE;
        }
    }
}
