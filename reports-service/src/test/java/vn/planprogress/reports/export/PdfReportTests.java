package vn.planprogress.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.planprogress.reports.SeedReport;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.TaskResult;

/** The seed report's PDF: the layout of Nghị định 30/2020, the DOCX's content, and PDF/A-2b as veraPDF judges it. */
class PdfReportTests {

    private static final float MM = 72f / 25.4f;
    private static Report report;
    private static OfficialText text;
    private static byte[] pdf;

    /** A glyph where it was drawn: its page (from 1), left edge and top from the page's top-left corner, in millimetres. */
    private record Glyph(int page, String text, float left, float right, float top, float bottom, float size, String font) {
    }

    @BeforeAll
    static void render() throws IOException {
        report = SeedReport.build();
        text = OfficialText.of(report, SeedReport.ZONE);
        pdf = PdfReport.render(text, report.document().issuer().name(), SeedReport.AS_OF, SeedReport.ZONE);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/official-report.pdf"), pdf);
    }

    @Test
    void everyPageIsA4WithTheDecreesMargins() throws IOException {
        List<Glyph> glyphs = glyphs();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertTrue(document.getNumberOfPages() >= 2, "the seed report takes more than one page");
            for (PDPage page : document.getPages()) {
                assertEquals(595.28f, page.getMediaBox().getWidth(), 0.01f);
                assertEquals(841.89f, page.getMediaBox().getHeight(), 0.01f);
            }
        }
        float titleTop = glyphsOf(text.title()).get(0).top();
        List<Glyph> body = glyphs.stream().filter(g -> !pageNumber(g) && !(g.page() == 1 && g.top() < titleTop - 1)).toList();
        assertTrue(body.stream().allMatch(g -> g.left() >= 30 - 0.2f), "the body starts 30 mm from the left edge");
        assertTrue(body.stream().allMatch(g -> g.right() <= 210 - 15 + 0.2f), "the body ends 15 mm from the right edge");
        assertTrue(glyphs.stream().filter(g -> !pageNumber(g)).allMatch(g -> g.top() >= 20 - 0.2f && g.bottom() <= 297 - 20 + 0.2f),
                "text keeps 20 mm from the top and bottom edges");
        float widestBody = (float) body.stream().mapToDouble(Glyph::right).max().orElseThrow();
        assertTrue(widestBody > 190, "justified lines reach the right margin: " + widestBody);
        // The header reaches 8 mm into the side margins, as the DOCX's does, to keep the motto on one line.
        assertTrue(glyphs.stream().filter(g -> g.page() == 1 && g.top() < titleTop).allMatch(g -> g.left() >= 22 - 0.2f && g.right() <= 203 + 0.2f));
    }

    @Test
    void theBodyIsFourteenPointLiberationSerifAndTheTableTwelve() {
        Map<Float, Long> sizes = glyphs().stream().filter(g -> !g.text().isBlank())
                .collect(Collectors.groupingBy(Glyph::size, TreeMap::new, Collectors.counting()));
        float mostUsed = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(mostUsed == 14f || mostUsed == 12f, sizes::toString);
        List<Glyph> opening = glyphsOf("Thực hiện Kế hoạch số");
        assertEquals(14f, opening.get(0).size());
        assertEquals(12f, glyphsOf("Tuyên truyền thông qua xuất bản").get(0).size());
        assertTrue(glyphs().stream().allMatch(g -> g.font().contains("LiberationSerif")), "every glyph is Liberation Serif");
    }

    @Test
    void pagesAreNumberedAtTheTopCentreFromTheSecond() throws IOException {
        List<Glyph> numbers = glyphs().stream().filter(PdfReportTests::pageNumber).toList();
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pages = document.getNumberOfPages();
        }
        assertEquals(pages - 1, numbers.stream().map(Glyph::page).distinct().count(), numbers::toString);
        assertTrue(numbers.stream().noneMatch(g -> g.page() == 1), "no number on the first page");
        for (Glyph number : numbers) {
            assertEquals(String.valueOf(number.page()), number.text());
            assertEquals(30 + (210 - 30 - 15) / 2f, (number.left() + number.right()) / 2, 1.5f);
        }
    }

    @Test
    void itSaysWhatTheDocxSaysInNfcText() throws IOException {
        String extracted;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            extracted = new PDFTextStripper().getText(document);
        }
        assertEquals(Normalizer.normalize(extracted, Normalizer.Form.NFC), extracted, "extracted text is NFC");
        // The glyphs in the order they were written, without the page numbers that stand between one page's text and the next's.
        String flat = flat(glyphs().stream().filter(g -> !pageNumber(g)).map(Glyph::text).collect(Collectors.joining()));
        List<String> parts = new ArrayList<>(List.of(text.issuer(), text.parentBody(), OfficialText.MOTTO, OfficialText.MOTTO_LINE,
                text.number(), text.dateLine(), text.title(), text.subject(), OfficialText.RECIPIENTS, text.signerTitle(), text.signerName()));
        parts.addAll(text.recipients());
        OfficialText.TASK_HEADINGS.forEach(parts::add);
        for (OfficialText.Block block : text.body()) {
            if (block instanceof OfficialText.Paragraph paragraph) {
                parts.add(paragraph.text());
            } else if (block instanceof OfficialText.Heading heading) {
                parts.add(heading.text());
            } else if (block instanceof OfficialText.TaskTable table) {
                table.rows().forEach(row -> row.cells().stream().filter(c -> !c.isEmpty()).forEach(cell -> parts.add(cell.split("\n")[0])));
            }
        }
        for (String part : parts) {
            assertTrue(flat.contains(flat(part)), () -> "'" + part + "' missing from the PDF's text:\n" + extracted);
        }
        for (TaskResult task : report.tasks()) {
            assertTrue(extracted.contains(task.code()), task.code());
        }
        assertTrue(extracted.contains("BÁO CÁO") && extracted.contains("1/KH-SKHCN"));
    }

    @Test
    void fontsAreEmbeddedWithTheirUnicodeMaps() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font instanceof PDType0Font, font.getName());
                    assertTrue(((PDType0Font) font).getDescendantFont().isEmbedded(), font.getName() + " embedded");
                    assertTrue(font.getCOSObject().containsKey(COSName.TO_UNICODE), font.getName() + " has ToUnicode");
                }
            }
        }
    }

    @Test
    void itIsPdfA2bWithTitleAuthorAndSubjectInItsMetadata() throws Exception {
        assertEquals(List.of(), PdfA.failures2b(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(2, xmp.getPDFAIdentificationSchema().getPart());
            assertEquals("B", xmp.getPDFAIdentificationSchema().getConformance());
            assertEquals("Báo cáo " + OfficialText.lowerFirst(text.subject()), xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("Sở Khoa học và Công nghệ"), xmp.getDublinCoreSchema().getCreators());
            assertEquals(text.subject(), xmp.getDublinCoreSchema().getDescription());
            assertEquals(document.getDocumentInformation().getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals("Sở Khoa học và Công nghệ", document.getDocumentInformation().getAuthor());
            assertEquals(1, document.getDocumentCatalog().getOutputIntents().size());
        }
    }

    @Test
    void rowsTallerThanWhatIsLeftOfAPageMoveWholeAndTheHeaderRepeats() throws IOException {
        List<Glyph> glyphs = glyphs();
        List<Integer> headerPages = glyphs.stream().filter(g -> g.text().equals("T") && g.size() == 12f)
                .filter(g -> glyphs.stream().anyMatch(o -> o.page() == g.page() && Math.abs(o.top() - g.top()) < 0.5f
                        && o.text().equals("N") && o.size() == 12f))
                .map(Glyph::page).distinct().toList();
        List<Integer> taskPages = report.tasks().stream().map(t -> glyphsOf(t.code()).get(0).page()).distinct().toList();
        assertEquals(taskPages, headerPages, "the table's header stands on every page the table continues on");
        for (TaskResult task : report.tasks()) {
            String lastWords = task.title().substring(task.title().length() - 8);
            assertEquals(glyphsOf(task.code()).get(0).page(), glyphsOf(lastWords).get(0).page(), "row " + task.code() + " is whole");
        }
    }

    private static boolean pageNumber(Glyph glyph) {
        return glyph.top() < 20 && glyph.text().matches("\\d");
    }

    /** The glyphs of the first place {@code words} is written (a run of consecutive glyphs). */
    private static List<Glyph> glyphsOf(String words) {
        List<Glyph> all = glyphs().stream().filter(g -> !g.text().isBlank()).toList();
        String compact = words.replace(" ", "");
        String joined = all.stream().map(Glyph::text).collect(Collectors.joining());
        int at = joined.indexOf(compact);
        assertTrue(at >= 0, () -> "'" + words + "' is not in the PDF");
        int index = 0;
        int chars = 0;
        while (chars < at) {
            chars += all.get(index++).text().length();
        }
        return all.subList(index, index + compact.length());
    }

    private static List<Glyph> glyphs() {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition position) {
                    float pageHeight = getCurrentPage().getMediaBox().getHeight();
                    float top = (pageHeight - position.getTextMatrix().getTranslateY()) / MM - position.getFontSizeInPt() * 0.891f / MM;
                    float bottom = (pageHeight - position.getTextMatrix().getTranslateY()) / MM + position.getFontSizeInPt() * 0.216f / MM;
                    glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), position.getXDirAdj() / MM,
                            (position.getXDirAdj() + position.getWidthDirAdj()) / MM, top, bottom, position.getFontSizeInPt(),
                            position.getFont().getName()));
                }
            };
            stripper.getText(document);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return glyphs;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
