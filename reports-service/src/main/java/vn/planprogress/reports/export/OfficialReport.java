package vn.planprogress.reports.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.api.CompletenessCounts;
import vn.planprogress.reports.api.DocumentInfo;
import vn.planprogress.reports.api.ExpectedSubmission;
import vn.planprogress.reports.api.IndicatorResult;
import vn.planprogress.reports.api.Remark;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.StatusCounts;
import vn.planprogress.reports.api.TaskResult;
import vn.planprogress.reports.api.TaskStatus;
import vn.planprogress.reports.domain.Percent;

/**
 * The official report (văn bản báo cáo) in the layout of Nghị định 30/2020/NĐ-CP: A4, Times New
 * Roman; the header of the issuing body beside the national motto, the number and date line,
 * "BÁO CÁO" and its subject, the body (the task table, completeness and timeliness, difficulties
 * and proposals), then the recipients (nơi nhận) beside the signer block.
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

    private final Report report;
    private final DocumentInfo info;
    private final ZoneId zone;
    private final XWPFDocument document = new XWPFDocument();

    private OfficialReport(Report report, ZoneId zone) {
        this.report = report;
        this.info = report.document();
        this.zone = zone;
    }

    public static byte[] render(Report report, ZoneId zone) {
        return new OfficialReport(report, zone).write();
    }

    private byte[] write() {
        pageSetup();
        header();
        title();
        body();
        footer();
        // Dated by the report, not by the clock, so that a snapshot's document is the same bytes every time.
        document.getProperties().getCoreProperties().setCreated(Optional.of(Date.from(report.asOf())));
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return stamped(out.toByteArray(), LocalDateTime.ofInstant(report.asOf(), zone));
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
        if (info.parentBody() != null) {
            centered(body, true).apply(p -> text(p, upper(info.parentBody()), false, false, 12));
            centered(body, false).apply(p -> text(p, upper(info.issuer().name()), true, false, 12));
        } else {
            centered(body, true).apply(p -> text(p, upper(info.issuer().name()), true, false, 12));
        }
        rule(body, 30);
        XWPFTableCell motto = table.getRow(0).getCell(1);
        centered(motto, true).apply(p -> text(p, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, false, 12));
        centered(motto, false).apply(p -> text(p, "Độc lập - Tự do - Hạnh phúc", true, false, 13));
        rule(motto, 52);
        centered(table.getRow(1).getCell(0), true).apply(p -> text(p, "Số:        /BC-" + info.issuer().code(), false, false, 13));
        centered(table.getRow(1).getCell(1), true).apply(p -> text(p,
                Labels.dateLine(info.place(), report.reportDate()), false, true, 14));
    }

    /** "BÁO CÁO" and its subject (trích yếu). */
    private void title() {
        paragraph(ParagraphAlignment.CENTER, 240, 0).apply(p -> text(p, "BÁO CÁO", true, false, 14));
        paragraph(ParagraphAlignment.CENTER, 0, 0).apply(p -> text(p, subject(), true, false, 14));
        XWPFParagraph line = paragraph(ParagraphAlignment.CENTER, 0, 240).paragraph();
        line.setBorderBottom(Borders.SINGLE);
        line.setIndentationLeft(TEXT_WIDTH * 2 / 5);
        line.setIndentationRight(TEXT_WIDTH * 2 / 5);
    }

    String subject() {
        return "Kết quả thực hiện Kế hoạch số " + report.planNumber() + " về " + lowerFirst(report.planTitle())
                + (report.period() == null || report.period().equals(String.valueOf(report.year()))
                ? "" : " (" + Labels.period(report.period(), report.year()) + ")");
    }

    private void body() {
        bodyText("Thực hiện Kế hoạch số " + report.planNumber() + " của " + info.issuer().name() + " về "
                + lowerFirst(report.planTitle()) + ", " + info.issuer().name() + " báo cáo kết quả thực hiện "
                + Labels.period(report.period(), report.year()) + " (số liệu tính đến " + Labels.instant(report.asOf(), zone)
                + ") như sau:");
        heading("I. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ");
        StatusCounts s = report.tasksByStatus();
        bodyText("Kế hoạch có " + s.total() + " nhiệm vụ: " + s.done() + " nhiệm vụ hoàn thành, " + s.inProgress()
                + " nhiệm vụ đang thực hiện, " + s.notStarted() + " nhiệm vụ chưa thực hiện, " + s.overdue()
                + " nhiệm vụ quá hạn. Kết quả cụ thể như sau:");
        taskTable();
        heading("II. TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ");
        CompletenessCounts c = report.completeness().counts();
        List<String> deadlines = report.completeness().submissions().stream().map(ExpectedSubmission::unitDeadline)
                .filter(Objects::nonNull).distinct().sorted().map(Labels::date).toList();
        if (!deadlines.isEmpty()) {
            bodyText("- Hạn gửi báo cáo của các đơn vị: ngày " + String.join(", ", deadlines) + ".");
        }
        bodyText("- Số báo cáo phải gửi: " + c.expected() + "; đã nhận: " + c.received() + " (đúng hạn: " + c.onTime()
                + ", trễ hạn: " + c.late() + "); chưa báo cáo: " + c.missing() + ".");
        bodyText("- Đơn vị chưa báo cáo: " + units(report.completeness().missingUnits()) + ".");
        bodyText("- Đơn vị báo cáo trễ hạn: " + units(report.completeness().lateUnits()) + ".");
        heading("III. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT, KIẾN NGHỊ");
        bodyText("1. Khó khăn, vướng mắc", true);
        remarks(report.difficulties());
        bodyText("2. Đề xuất, kiến nghị", true);
        remarks(report.proposals());
        bodyText("Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + report.planNumber() + " của " + info.issuer().name() + "./.");
    }

    private void taskTable() {
        String[] headings = {"TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Chỉ tiêu", "Kết quả", "Tình trạng"};
        int[] widths = {7, 29, 16, 12, 14, 13, 9};
        XWPFTable table = document.createTable(1 + report.tasks().size(), headings.length);
        columns(table, widths, TEXT_WIDTH);
        table.setTableAlignment(TableRowAlign.CENTER);
        for (int column = 0; column < headings.length; column++) {
            String heading = headings[column];
            cell(table.getRow(0), column, widths[column]).apply(p -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                text(p, heading, true, false, TABLE_SIZE);
            });
        }
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < report.tasks().size(); i++) {
            TaskResult task = report.tasks().get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            cell(row, 0, widths[0]).apply(p -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                text(p, task.code(), false, false, TABLE_SIZE);
            });
            cell(row, 1, widths[1]).apply(p -> text(p, task.title(), false, false, TABLE_SIZE));
            cell(row, 2, widths[2]).apply(p -> text(p, leads(task), false, false, TABLE_SIZE));
            cell(row, 3, widths[3]).apply(p -> text(p, task.schedule().label(), false, false, TABLE_SIZE));
            cell(row, 4, widths[4]).apply(p -> text(p, targets(task), false, false, TABLE_SIZE));
            cell(row, 5, widths[5]).apply(p -> text(p, results(task), false, false, TABLE_SIZE));
            cell(row, 6, widths[6]).apply(p -> {
                p.setAlignment(ParagraphAlignment.CENTER);
                text(p, Labels.of(task.status()), task.status() == TaskStatus.OVERDUE, false, TABLE_SIZE);
            });
        }
    }

    /** The lead units; with their own statuses when there are several. */
    private static String leads(TaskResult task) {
        if (task.leadUnits().size() == 1) {
            return task.leadUnits().get(0).name();
        }
        return task.leadUnits().stream().map(u -> u.name() + " (" + Labels.ofReported(u.status()).toLowerCase(Locale.ROOT) + ")")
                .collect(Collectors.joining(";\n"));
    }

    private static String targets(TaskResult task) {
        return task.indicators().stream().map(i -> {
            String line = Labels.number(i.target()) + " " + nullToEmpty(i.unitOfMeasure());
            return line + i.parts().stream().map(p -> "\n- " + p.name() + ": " + Labels.number(p.target()))
                    .collect(Collectors.joining());
        }).collect(Collectors.joining("\n"));
    }

    private static String results(TaskResult task) {
        return task.indicators().stream().map(i -> {
            String line = Labels.number(i.achieved()) + " " + nullToEmpty(i.unitOfMeasure()) + percent(i.percent());
            return line + i.parts().stream().map(p -> "\n- " + Labels.number(p.achieved()) + percent(p.percent()))
                    .collect(Collectors.joining());
        }).collect(Collectors.joining("\n"));
    }

    private static String percent(BigDecimal percent) {
        return percent == null ? "" : " (" + Labels.number(Percent.plain(percent)) + "%)";
    }

    private static String units(List<Completeness.UnitSubmissions> units) {
        if (units.isEmpty()) {
            return "không có";
        }
        return units.stream().map(u -> u.name() + " (nhiệm vụ " + u.tasks().stream().map(Completeness.TaskPeriod::taskCode)
                .distinct().collect(Collectors.joining(", ")) + ")").collect(Collectors.joining("; "));
    }

    private void remarks(List<Remark> remarks) {
        if (remarks.isEmpty()) {
            bodyText("Không có.");
        }
        for (Remark remark : remarks) {
            bodyText("- " + remark.unitName() + " (nhiệm vụ " + remark.taskCode() + "): " + remark.text());
        }
    }

    /** Nơi nhận beside the signer block (quyền hạn, chức vụ and the name). */
    private void footer() {
        paragraph(ParagraphAlignment.LEFT, 0, 0);
        XWPFTable table = borderless(1, 2, new int[] {50, 50}, TEXT_WIDTH);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph first = recipients.getParagraphs().get(0);
        text(first, "Nơi nhận:", true, true, 12);
        List<String> names = info.recipients();
        for (int i = 0; i < names.size(); i++) {
            String line = "- " + names.get(i) + (i == names.size() - 1 ? "." : ";");
            text(recipients.addParagraph(), line, false, false, 11);
        }
        XWPFTableCell signer = table.getRow(0).getCell(1);
        centered(signer, true).apply(p -> text(p, nullToEmpty(info.signerTitle()), true, false, 14));
        for (int i = 0; i < 4; i++) {
            centered(signer, false);
        }
        centered(signer, false).apply(p -> text(p, nullToEmpty(info.signerName()), true, false, 14));
    }

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 120, 60).paragraph();
        p.setIndentationFirstLine(mm(10).intValue());
        text(p, text, true, false, BODY_SIZE);
    }

    private void bodyText(String text) {
        bodyText(text, false);
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

    private static String upper(String text) {
        return text.toUpperCase(new Locale("vi", "VN"));
    }

    /** "Tuyên truyền ..." → "tuyên truyền ...", but an abbreviation such as "CCHC ..." stays. */
    static String lowerFirst(String title) {
        if (title == null || title.length() < 2 || !Character.isLowerCase(title.charAt(1))) {
            return nullToEmpty(title);
        }
        return title.substring(0, 1).toLowerCase(new Locale("vi", "VN")) + title.substring(1);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** A paragraph being filled. */
    private record Paragraph(XWPFParagraph paragraph) {

        void apply(Consumer<XWPFParagraph> fill) {
            fill.accept(paragraph);
        }
    }
}
