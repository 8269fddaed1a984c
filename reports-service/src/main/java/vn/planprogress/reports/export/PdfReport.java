package vn.planprogress.reports.export;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;
import vn.planprogress.reports.export.PdfPages.Align;
import vn.planprogress.reports.export.PdfPages.Cell;
import vn.planprogress.reports.export.PdfPages.Style;

/**
 * The official report as a PDF/A-2b document in the layout of Nghị định 30/2020/NĐ-CP, saying what
 * the DOCX says ({@link OfficialText}): A4; margins 20 mm top and bottom, 30 mm left, 15 mm right;
 * Liberation Serif (the metrics of Times New Roman) embedded; a 14 pt body and a 12 pt table; page
 * numbers centred at the top from the second page. For archives (TCVN 14159): the fonts embedded
 * with their ToUnicode maps, XMP metadata (title, author, subject, PDF/A identification) matching
 * the document information, and an sRGB output intent.
 */
public final class PdfReport {

    public static final String MEDIA_TYPE = "application/pdf";
    static final float TOP_MM = 20;
    static final float BOTTOM_MM = 20;
    static final float LEFT_MM = 30;
    static final float RIGHT_MM = 15;
    static final float BODY_SIZE = 14;
    static final float TABLE_SIZE = 12;
    private static final String PRODUCER = "planprogress reports-service (Apache PDFBox)";
    private static final float INDENT = 10 * PdfPages.MM;
    static final float HEADER_REACH = 8 * PdfPages.MM;
    /** Between a line of text and the rule under it: clear of the descenders. */
    private static final float RULE_GAP = 3;
    private static final String SRGB = "sRGB IEC61966-2.1";

    private final OfficialText text;
    private final PDDocument document = new PDDocument();
    private final PdfPages.Fonts fonts;
    private final PdfPages pages;

    private PdfReport(OfficialText text) {
        this.text = text;
        this.fonts = PdfPages.Fonts.load(document);
        this.pages = new PdfPages(document, TOP_MM, BOTTOM_MM, LEFT_MM, RIGHT_MM);
    }

    /**
     * @param author  the issuing body as it writes its name (the document's author)
     * @param created when the report was made (the snapshot's instant), stated in the business zone
     */
    public static byte[] render(OfficialText text, String author, Instant created, ZoneId zone) {
        return new PdfReport(text).write(author, created, zone);
    }

    private byte[] write(String author, Instant created, ZoneId zone) {
        try (document) {
            header();
            title();
            body();
            footer();
            pages.numberPages(new Style(fonts.regular(), BODY_SIZE), 10);
            archival(author, created, zone);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The report PDF could not be written", e);
        }
    }

    /**
     * The issuing body (left) beside quốc hiệu and tiêu ngữ (right), each with its rule: a third of
     * the issuer's name under it, the motto's whole length under the motto; then the number and the
     * place and date.
     */
    private void header() {
        // As the DOCX does, and issued documents do, the header reaches 8 mm into the side margins so that
        // the parent body and the motto stay on one line each; the body keeps to the margins.
        float width = pages.width() + 2 * HEADER_REACH;
        Style mottoStyle = new Style(fonts.bold(), 13);
        Style dateStyle = new Style(fonts.italic(), BODY_SIZE);
        // The right column as wide as the motto or the date line needs, the issuing body in the rest.
        float rightWidth = Math.min(width * 0.6f, Math.max(pages.widthOf(OfficialText.MOTTO, new Style(fonts.bold(), 12)),
                pages.widthOf(text.dateLine(), dateStyle)) + 2 * PdfPages.MM);
        float leftWidth = width - rightWidth;
        float x = pages.left() - HEADER_REACH;
        float top = pages.y();
        List<Cell> issuing = new ArrayList<>();
        if (text.parentBody() != null) {
            issuing.add(new Cell(text.parentBody(), new Style(fonts.regular(), 12), Align.CENTER));
        }
        Style issuerStyle = new Style(fonts.bold(), 12);
        issuing.add(new Cell(text.issuer(), issuerStyle, Align.CENTER));
        List<Cell> motto = List.of(new Cell(OfficialText.MOTTO, new Style(fonts.bold(), 12), Align.CENTER),
                new Cell(OfficialText.MOTTO_LINE, mottoStyle, Align.CENTER));
        float leftHeight = pages.column(x, leftWidth, top, issuing);
        float rightHeight = pages.column(x + leftWidth, rightWidth, top, motto);
        float issuerLine = Math.min(pages.widthOf(text.issuer(), issuerStyle), leftWidth);
        pages.rule(x, leftWidth, issuerLine / 3, top - leftHeight - RULE_GAP);
        pages.rule(x + leftWidth, rightWidth, pages.widthOf(OfficialText.MOTTO_LINE, mottoStyle), top - rightHeight - RULE_GAP);
        float second = top - Math.max(leftHeight, rightHeight) - 10;
        float numberHeight = pages.column(x, leftWidth, second, List.of(new Cell(text.number(), new Style(fonts.regular(), 13), Align.CENTER)));
        float dateHeight = pages.column(x + leftWidth, rightWidth, second,
                List.of(new Cell(text.dateLine(), dateStyle, Align.CENTER)));
        pages.moveDown(top - second + Math.max(numberHeight, dateHeight));
    }

    /** BÁO CÁO and trích yếu, with a rule under it a third of the text width long, clear of the text as in the DOCX. */
    private void title() {
        Style style = new Style(fonts.bold(), BODY_SIZE);
        pages.paragraph(text.title(), style, Align.CENTER, 0, 18, 0);
        pages.paragraph(text.subject(), style, Align.CENTER, 0, 0, 0);
        float length = Math.min(pages.width() / 3, pages.widthOf(text.subject(), style) / 3);
        pages.rule(pages.left(), pages.width(), Math.max(length, pages.width() / 5), pages.y() - 3 * RULE_GAP);
        pages.moveDown(18);
    }

    private void body() {
        Style regular = new Style(fonts.regular(), BODY_SIZE);
        Style bold = new Style(fonts.bold(), BODY_SIZE);
        for (OfficialText.Block block : text.body()) {
            if (block instanceof OfficialText.Heading heading) {
                // A heading never stands alone at the foot of a page.
                pages.keep(3 * bold.leading());
                pages.paragraph(heading.text(), bold, Align.JUSTIFY, INDENT, 6, 3);
            } else if (block instanceof OfficialText.Paragraph paragraph) {
                pages.paragraph(paragraph.text(), paragraph.bold() ? bold : regular, Align.JUSTIFY, INDENT, 3, 3);
            } else if (block instanceof OfficialText.TaskTable table) {
                taskTable(table.rows());
            }
        }
    }

    private void taskTable(List<OfficialText.TaskRow> rows) {
        Style heading = new Style(fonts.bold(), TABLE_SIZE);
        Style cell = new Style(fonts.regular(), TABLE_SIZE);
        Style overdue = new Style(fonts.bold(), TABLE_SIZE);
        List<Cell> header = OfficialText.TASK_HEADINGS.stream().map(h -> new Cell(h, heading, Align.CENTER)).toList();
        List<List<Cell>> cells = new ArrayList<>();
        for (OfficialText.TaskRow row : rows) {
            List<String> values = row.cells();
            List<Cell> line = new ArrayList<>();
            for (int c = 0; c < values.size(); c++) {
                boolean status = c == values.size() - 1;
                line.add(new Cell(values.get(c), status && row.overdue() ? overdue : cell, c == 0 || status ? Align.CENTER : Align.LEFT));
            }
            cells.add(line);
        }
        pages.moveDown(3);
        pages.table(OfficialText.TASK_WIDTHS, header, cells);
        pages.moveDown(3);
    }

    /** Nơi nhận (left) beside the signer block (right), kept together on one page. */
    private void footer() {
        float half = pages.width() / 2;
        List<Cell> recipients = new ArrayList<>();
        recipients.add(new Cell(OfficialText.RECIPIENTS, new Style(fonts.boldItalic(), 12), Align.LEFT));
        text.recipients().forEach(line -> recipients.add(new Cell(line, new Style(fonts.regular(), 11), Align.LEFT)));
        Style signerStyle = new Style(fonts.bold(), BODY_SIZE);
        List<Cell> signer = new ArrayList<>();
        signer.add(new Cell(text.signerTitle(), signerStyle, Align.CENTER));
        for (int i = 0; i < 4; i++) {
            signer.add(new Cell("", signerStyle, Align.CENTER));
        }
        signer.add(new Cell(text.signerName(), signerStyle, Align.CENTER));
        float height = Math.max(height(recipients, half), height(signer, half));
        pages.moveDown(BODY_SIZE);
        pages.keep(height);
        float top = pages.y();
        float used = Math.max(pages.column(pages.left(), half, top, recipients), pages.column(pages.left() + half, half, top, signer));
        pages.moveDown(used);
    }

    private float height(List<Cell> lines, float width) {
        float height = 0;
        for (Cell line : lines) {
            height += pages.height(line.text(), line.style(), width);
        }
        return height;
    }

    /** What PDF/A-2b asks beyond the page content: matching XMP and document information, and the sRGB output intent. */
    private void archival(String author, Instant created, ZoneId zone) throws IOException {
        String title = "Báo cáo " + OfficialText.lowerFirst(text.subject());
        Calendar when = new GregorianCalendar(TimeZone.getTimeZone(zone), Locale.ROOT);
        when.setTimeInMillis(created.toEpochMilli() / 1000 * 1000);
        PDDocumentInformation information = document.getDocumentInformation();
        information.setTitle(title);
        information.setAuthor(author);
        information.setSubject(text.subject());
        information.setProducer(PRODUCER);
        information.setCreator(PRODUCER);
        information.setCreationDate(when);
        information.setModificationDate(when);

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(author);
        dc.setDescription(text.subject());
        dc.setFormat(MEDIA_TYPE);
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool(PRODUCER);
        basic.setCreateDate(when);
        basic.setModifyDate(when);
        PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
        try {
            pdfa.setPart(2);
            pdfa.setConformance("B");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        ByteArrayOutputStream serialized = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, serialized, true);
        } catch (TransformerException e) {
            throw new IOException("The XMP metadata could not be written", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(serialized.toByteArray());
        document.getDocumentCatalog().setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        document.getDocumentCatalog().addOutputIntent(intent);
        document.getDocumentCatalog().setLanguage("vi-VN");
    }
}
