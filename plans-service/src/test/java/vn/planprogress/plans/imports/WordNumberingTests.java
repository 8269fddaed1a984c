package vn.planprogress.plans.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.planprogress.plans.api.TaskDocument;

/** Word's own numbering puts "III.", "1." and "-" before a paragraph, not in its text: the reader writes them out. */
class WordNumberingTests {

    @Test
    void automaticallyNumberedSectionsItemsAndBulletsReadAsWritten() throws Exception {
        try (XWPFDocument word = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFNumbering numbering = word.createNumbering();
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            level(definition, 0, STNumberFormat.UPPER_ROMAN, "%1.");
            level(definition, 1, STNumberFormat.DECIMAL, "%2.");
            level(definition, 2, STNumberFormat.BULLET, "-");
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
            plain(word, "SỞ KHOA HỌC VÀ CÔNG NGHỆ");
            plain(word, "KẾ HOẠCH");
            plain(word, "Tuyên truyền cải cách hành chính năm 2022");
            numbered(word, list, 0, "MỤC ĐÍCH, YÊU CẦU");
            numbered(word, list, 2, "Tổ chức tuyên truyền kịp thời, đầy đủ.");
            numbered(word, list, 0, "HÌNH THỨC TUYÊN TRUYỀN");
            numbered(word, list, 1, "Mở mục tuyên truyền CCHC trên Trang Thông tin điện tử của Sở");
            numbered(word, list, 2, "Đơn vị chủ trì thực hiện: Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ.");
            numbered(word, list, 2, "Thời gian thực hiện: Thường xuyên trong năm.");
            numbered(word, list, 1, "Tổ chức các hoạt động nhân Ngày khoa học và công nghệ Việt Nam 18/5");
            numbered(word, list, 2, "Đơn vị chủ trì thực hiện: Phòng Hành chính - Tổng hợp.");
            numbered(word, list, 2, "Thời gian thực hiện: Quý II/2022.");
            word.write(out);

            ImportedPlan imported = PlanImporter.read(out.toByteArray(), DocumentForm.DOCX.mediaType(), ImportSources.sampleUnits());

            assertEquals(List.of("II.1", "II.2"), imported.draft().tasks().stream().map(TaskDocument::code).toList());
            assertEquals(List.of("TTUDDV"), imported.draft().tasks().get(0).leadUnits());
            assertEquals(List.of(2), imported.draft().tasks().get(1).schedule().quarters());
            assertEquals(List.of("Tổ chức tuyên truyền kịp thời, đầy đủ."), imported.draft().purposes());
        }
    }

    private static void level(CTAbstractNum definition, int level, STNumberFormat.Enum format, String text) {
        CTLvl lvl = definition.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewStart().setVal(BigInteger.ONE);
    }

    private static void plain(XWPFDocument word, String text) {
        word.createParagraph().createRun().setText(text);
    }

    private static void numbered(XWPFDocument word, BigInteger list, int level, String text) {
        XWPFParagraph paragraph = word.createParagraph();
        paragraph.setNumID(list);
        paragraph.setNumILvl(BigInteger.valueOf(level));
        paragraph.createRun().setText(text);
    }
}
