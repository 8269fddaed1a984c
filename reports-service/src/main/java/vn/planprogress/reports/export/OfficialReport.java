package vn.planprogress.reports.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The official report (văn bản báo cáo) as a DOCX in the layout of Nghị định 30/2020/NĐ-CP: A4,
 * Times New Roman; the header of the issuing body beside the national motto, the number and date
 * line, "BÁO CÁO" and its subject, the body (the task table, completeness and timeliness,
 * difficulties and proposals), then the recipients (nơi nhận) beside the signer block. What it
 * says is {@link OfficialText}'s.
 */
public final class OfficialReport {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String FONT = "Times New Roman";
    /** Twentieths of a point per millimetre. */
    private static final double TWIPS_PER_MM = 56.7;
    private static final int BODY_SIZE = 14;
    private static final int TABLE_SIZE = 12;
    /** The text width of A4 between 30 mm and 15 mm margins, in twips. */
    private static final int TEXT_WIDTH = (int) ((210 - 30 - 15) * TWIPS_PER_MM);

    private final OfficialText text;
    private final XWPFDocument document = new XWPFDocument();

    private OfficialReport(OfficialText text) {
        this.text = text;
    }

    /**
     * @param created when the report was made (the snapshot's instant): the document and each of its parts are
     *                dated by it, not by the clock, so that the same report renders to the same bytes
     */
    public static byte[] render(OfficialText text, Instant created, ZoneId zone) {
        return new OfficialReport(text).write(created, zone);
    }

    private byte[] write(Instant created, ZoneId zone) {
        pageSetup();
        header();
        title();
        body();
        footer();
        document.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(created)));
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return stamped(out.toByteArray(), LocalDateTime.ofInstant(created, zone));
        } catch (IOException e) {
            throw new UncheckedIOException("The report document could not be written", e);
        }
    }

    /** The document's parts again, in the same order, each dated {@code at} instead of the moment it was written. */
    private static byte[] stamped(byte[] docx, LocalDateTime at) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream(docx.length)) {
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (ZipEntry part = in.getNextEntry(); part != null; part = in.getNextEntry()) {
                    ZipEntry dated = new ZipEntry(part.getName());
                    dated.setTimeLocal(at);
                    out.putNextEntry(dated);
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }

    private void pageSetup() {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(mm(20));
        margins.setBottom(mm(20));
        margins.setLeft(mm(30));
        margins.setRight(mm(15));
        margins.setHeader(mm(10));
        // Page numbers at the top centre from the second page on: the first page has a header of its own, left empty.
        section.addNewTitlePg();
        document.createHeader(HeaderFooterType.FIRST);
        XWPFParagraph number = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = number.getCTP().addNewFldSimple();
        page.setInstr("PAGE");
        CTR run = page.addNewR();
        CTRPr style = run.addNewRPr();
        style.addNewRFonts().setAscii(FONT);
        style.getRFontsArray(0).setHAnsi(FONT);
        style.addNewSz().setVal(BigInteger.valueOf(28));
        run.addNewT().setStringValue("2");
    }

    /** Quốc hiệu, tiêu ngữ and the issuing body, with the number and the place and date below them. */
    private void header() {
        // As in issued documents, the header reaches into the side margins so that the motto stays on one line.
        XWPFTable table = borderless(2, 2, new int[] {46, 54}, TEXT_WIDTH + mm(16).intValue());
        table.getCTTbl().getTblPr().addNewTblInd().setW(BigInteger.valueOf(-mm(8).longValue()));
        XWPFTableCell body = table.getRow(0).getCell(0);
        if (text.parentBody() != null) {
            centered(body, true).apply(p -> text(p, text.parentBody(), false, false, 12));
            centered(body, false).apply(p -> text(p, text.issuer(), true, false, 12));
        } else {
            centered(body, true).apply(p -> text(p, text.issuer(), true, false, 12));
        }
        rule(body, 30);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        centered(motto, true).apply(p -> text(p, OfficialText.MOTTO, true, false, 12));
        centered(motto, false).apply(p -> text(p, OfficialText.MOTTO_LINE, true, false, 13));
        rule(motto, 52);
        centered(table.getRow(1).getCell(0), true).apply(p -> text(p, text.number(), false, false, 13));
        centered(table.getRow(1).getCell(1), true).apply(p -> text(p, text.dateLine(), false, true, 14));
    }

    /** "BÁO CÁO" and its subject (trích yếu). */
    private void title() {
        paragraph(ParagraphAlignment.CENTER, 240, 0).apply(p -> text(p, text.title(), true, false, 14));
        paragraph(ParagraphAlignment.CENTER, 0, 0).apply(p -> text(p, text.subject(), true, false, 14));
        XWPFParagraph line = paragraph(ParagraphAlignment.CENTER, 0, 240).paragraph();
        line.setBorderBottom(Borders.SINGLE);
        line.setIndentationLeft(TEXT_WIDTH * 2 / 5);
        line.setIndentationRight(TEXT_WIDTH * 2 / 5);
    }

    private void body() {
        for (OfficialText.Block block : text.body()) {
            if (block instanceof OfficialText.Heading heading) {
                heading(heading.text());
            } else if (block instanceof OfficialText.Paragraph paragraph) {
                bodyText(paragraph.text(), paragraph.bold());
            } else if (block instanceof OfficialText.TaskTable table) {
                taskTable(table.rows());
            }
        }
    }

    private void taskTable(List<OfficialText.TaskRow> rows) {
        List<String> headings = OfficialText.TASK_HEADINGS;
        int[] widths = OfficialText.TASK_WIDTHS;
        XWPFTable table = document.createTable(1 + rows.size(), headings.size());
        columns(table, widths, TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int column = 0; column < headings.size(); column++) {
            String heading = headings.get(column);
            cell(table.getRow(0), column, widths[column]).apply(p -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                text(p, heading, true, false, TABLE_SIZE);
            });
        }
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < rows.size(); i++) {
            OfficialText.TaskRow task = rows.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            List<String> cells = task.cells();
            for (int column = 0; column < cells.size(); column++) {
                String value = cells.get(column);
                boolean centred = column == 0 || column == cells.size() - 1;
                boolean bold = column == cells.size() - 1 && task.overdue();
                cell(row, column, widths[column]).apply(p -> {
                    if (centred) {
                        p.setAlignment(ParagraphAlignment.CENTER);
                    }
                    text(p, value, bold, false, TABLE_SIZE);
                });
            }
        }
    }

    /** Nơi nhận beside the signer block (quyền hạn, chức vụ and the name). */
    private void footer() {
        paragraph(ParagraphAlignment.LEFT, 0, 0);
        XWPFTable table = borderless(1, 2, new int[] {50, 50}, TEXT_WIDTH);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph first = recipients.getParagraphs().get(0);
        text(first, OfficialText.RECIPIENTS, true, true, 12);
        for (String line : text.recipients()) {
            text(recipients.addParagraph(), line, false, false, 11);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        centered(signer, true).apply(p -> text(p, text.signerTitle(), true, false, 14));
        for (int i = 0; i < 4; i++) {
            centered(signer, false);
        }
        centered(signer, false).apply(p -> text(p, text.signerName(), true, false, 14));
    }

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120, 60).paragraph();
        p.setIndentationFirstLine(mm(10).intValue());
        text(p, text, true, false, BODY_SIZE);
    }

    private void bodyText(String text, boolean bold) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 60, 60).paragraph();
        p.setIndentationFirstLine(mm(10).intValue());
        text(p, text, bold, false, BODY_SIZE);
    }

    private Paragraph paragraph(ParagraphAlignment alignment, int before, int after) {
        XWPFParagraph p = document.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        return new Paragraph(p);
    }

    /** A table without borders, its columns in percent of its width (in twips). */
    private XWPFTable borderless(int rows, int columns, int[] percents, int width) {
        XWPFTable table = document.createTable(rows, columns);
        columns(table, percents, width);
        table.removeBorders();
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < columns; c++) {
                row.getCell(c).setWidth(String.valueOf(width * percents[c] / 100));
            }
        }
        return table;
    }

    /** Fixed column widths, in percent of the table's width, that word processors keep as they are. */
    private static void columns(XWPFTable table, int[] percents, int width) {
        table.setWidth(width);
        CTTblPr properties = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() < percents.length) {
            grid.addNewGridCol();
        }
        for (int c = 0; c < percents.length; c++) {
            grid.getGridColArray(c).setW(BigInteger.valueOf(width * percents[c] / 100));
        }
    }

    private static Paragraph cell(XWPFTableRow row, int column, int percent) {
        XWPFTableCell cell = row.getCell(column);
        cell.setWidth(String.valueOf(TEXT_WIDTH * percent / 100));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingBefore(40);
        p.setSpacingAfter(40);
        return new Paragraph(p);
    }

    private static Paragraph centered(XWPFTableCell cell, boolean first) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(0);
        return new Paragraph(p);
    }

    /** The short line drawn under the issuing body, the motto and the subject. */
    private static void rule(XWPFTableCell cell, int percentOfCell) {
        XWPFParagraph p = cell.addParagraph();
        p.setBorderTop(Borders.SINGLE);
        int indent = TEXT_WIDTH * (100 - percentOfCell) / 400;
        p.setIndentationLeft(indent);
        p.setIndentationRight(indent);
        p.setSpacingBefore(60);
        p.setSpacingAfter(0);
    }

    /** Text in Times New Roman; line breaks in it become breaks in the run. */
    private static void text(XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static BigInteger mm(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    /** A paragraph being filled. */
    private record Paragraph(XWPFParagraph paragraph) {

        void apply(Consumer<XWPFParagraph> fill) {
            fill.accept(paragraph);
        }
    }
}
