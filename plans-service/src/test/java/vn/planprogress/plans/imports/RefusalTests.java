package vn.planprogress.plans.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import vn.planprogress.plans.imports.ImportRefused.Reason;

/** Every body the import will not read is refused with its own reason and a detail that says what to send instead. */
class RefusalTests {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String DOCX = DocumentForm.DOCX.mediaType();
    private static final String PDF = DocumentForm.PDF.mediaType();
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Test
    void anEmptyBodyIsRefusedInEveryForm() {
        for (String type : List.of(TEXT, DOCX, PDF)) {
            assertEquals(Reason.EMPTY_BODY, refusal(new byte[0], type).reason(), type);
        }
    }

    @Test
    void aPngCalledAPdfIsRefusedNamingWhatItIs() {
        ImportRefused refused = refusal(PNG, PDF);
        assertEquals(Reason.TYPE_MISMATCH, refused.reason());
        assertEquals("the body is a PNG image, not a PDF", refused.getMessage());
        assertEquals(Reason.TYPE_MISMATCH, refusal(PNG, DOCX).reason());
        assertEquals(Reason.TYPE_MISMATCH, refusal(seedPdf(), DOCX).reason());
        assertEquals(Reason.TYPE_MISMATCH, refusal(seedPdf(), TEXT).reason());
    }

    @Test
    void aMediaTypeOtherThanTheThreeIsRefused() {
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, refusal(PNG, "image/png").reason());
        assertEquals(Reason.UNSUPPORTED_MEDIA_TYPE, refusal(PNG, null).reason());
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        ImportRefused refused = refusal(protect(seedPdf(), "mật khẩu"), PDF);
        assertEquals(Reason.ENCRYPTED, refused.reason());
        assertTrue(refused.getMessage().contains("password-protected"), refused.getMessage());
    }

    @Test
    void aPdfWhoseOwnerOnlyRestrictsCopyingIsRead() throws IOException {
        ImportedPlan imported = PlanImporter.read(protect(seedPdf(), ""), PDF, ImportSources.sampleUnits());
        assertEquals(6, imported.draft().tasks().size());
    }

    @Test
    void anEncryptedWordFileIsRefused() throws Exception {
        byte[] docx = TestDocuments.docx(SeedDocument.of(ImportSources.seed()));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("mật khẩu");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
        }
        ImportRefused refused = refusal(out.toByteArray(), DOCX);
        assertEquals(Reason.ENCRYPTED, refused.reason());
        assertTrue(refused.getMessage().contains("password-protected"), refused.getMessage());
    }

    @Test
    void aWord97DocumentIsNotADocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
            fs.writeFilesystem(out);
        }
        ImportRefused refused = refusal(out.toByteArray(), DOCX);
        assertEquals(Reason.TYPE_MISMATCH, refused.reason());
        assertTrue(refused.getMessage().contains("Word 97-2003 (.doc)"), refused.getMessage());
    }

    @Test
    void aScannedPdfWithoutTextIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            BufferedImage scan = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            try (PDPageContentStream stream = new PDPageContentStream(pdf, page)) {
                stream.drawImage(LosslessFactory.createFromImage(pdf, scan), 50, 50, 500, 700);
            }
            pdf.save(out);
        }
        ImportRefused refused = refusal(out.toByteArray(), PDF);
        assertEquals(Reason.NO_TEXT_LAYER, refused.reason());
        assertTrue(refused.getMessage().startsWith("this PDF has no text"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("send the Word file or a text PDF"), refused.getMessage());
    }

    @Test
    void aWordFileThatInflatesFarBeyondItsSizeIsAZipBomb() throws IOException {
        byte[] docx = TestDocuments.docx(SeedDocument.of(ImportSources.seed()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
            }
            // 40 MB of one byte packs into some 40 KB: a ratio no real part of a document has.
            zip.putNextEntry(new ZipEntry("word/media/padding.bin"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 40; i++) {
                zip.write(zeros);
            }
        }
        assertTrue(out.size() < 200_000, "the bomb is small: " + out.size());
        assertEquals(Reason.ZIP_BOMB, refusal(out.toByteArray(), DOCX).reason());
    }

    @Test
    void aTextThatIsNotAPlanNamesWhatIsMissing() {
        String report = "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nBÁO CÁO\nKết quả công tác tháng 5 năm 2024\n"
                + "I. KẾT QUẢ\n1. Đã hoàn thành các nhiệm vụ được giao.\n";
        ImportRefused refused = refusal(report.getBytes(StandardCharsets.UTF_8), TEXT);
        assertEquals(Reason.NOT_A_PLAN, refused.reason());
        assertEquals(2, refused.missing().size(), refused.missing()::toString);
        assertTrue(refused.missing().get(0).startsWith("a title"), refused.missing()::toString);
        assertTrue(refused.missing().get(1).startsWith("tasks"), refused.missing()::toString);

        String planWithoutTasks = "SỞ NỘI VỤ\nKẾ HOẠCH\nCải cách hành chính năm 2024\nI. MỤC ĐÍCH\n- Nâng cao hiệu quả.\n";
        ImportRefused noTasks = refusal(planWithoutTasks.getBytes(StandardCharsets.UTF_8), TEXT);
        assertEquals(List.of(noTasks.missing().get(0)), noTasks.missing());
        assertTrue(noTasks.getMessage().contains("no tasks"), noTasks.getMessage());
    }

    @Test
    void vietnameseInTcvn3IsNamedNotReadAsGarbage() {
        // "Kế hoạch tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", as a .VnTime document stores it.
        String tcvn3 = "KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh n¨m 2022 cña Së Khoa häc vµ C«ng nghÖ\n"
                + "§¬n vÞ chñ tr× thùc hiÖn: Trung t©m øng dông vµ DÞch vô khoa häc vµ C«ng nghÖ\n";
        ImportRefused raw = refusal(tcvn3.getBytes(StandardCharsets.ISO_8859_1), TEXT);
        assertEquals(Reason.LEGACY_ENCODING, raw.reason());
        assertTrue(raw.getMessage().contains("TCVN3 (ABC)"), raw.getMessage());
        ImportRefused resaved = refusal(tcvn3.getBytes(StandardCharsets.UTF_8), TEXT);
        assertEquals(Reason.LEGACY_ENCODING, resaved.reason());
    }

    @Test
    void vietnameseInVniIsNamedNotReadAsGarbage() {
        String vni = "Keá hoaïch tuyeân truyeàn caûi caùch haønh chính naêm 2022 cuûa Sôû Khoa hoïc vaø Coâng ngheä\n";
        ImportRefused refused = refusal(vni.getBytes(StandardCharsets.ISO_8859_1), TEXT);
        assertEquals(Reason.LEGACY_ENCODING, refused.reason());
        assertTrue(refused.getMessage().contains("the VNI encoding"), refused.getMessage());
        TestDocuments.Doc word = TestDocuments.parse("SỞ NỘI VỤ\n" + vni);
        assertEquals(Reason.LEGACY_ENCODING, refusal(TestDocuments.docx(word), DOCX).reason());
    }

    @Test
    void textThatIsNotUtf8IsRefusedWithWhereItBreaks() {
        byte[] latin1 = "Kế hoạch số 12, réunion à Paris".getBytes(StandardCharsets.UTF_8);
        latin1[latin1.length - 8] = (byte) 0xE9;
        ImportRefused refused = refusal(latin1, TEXT);
        assertEquals(Reason.NOT_UTF8, refused.reason());
        assertTrue(refused.getMessage().contains("byte " + (latin1.length - 8)), refused.getMessage());
        assertEquals(Reason.NOT_UTF8, refusal("Kế hoạch".getBytes(StandardCharsets.UTF_16), TEXT).reason());
        assertEquals(Reason.NOT_UTF8, refusal("Kế hoạch".getBytes(StandardCharsets.UTF_8), "text/plain; charset=windows-1258").reason());
    }

    private static ImportRefused refusal(byte[] body, String type) {
        return assertThrows(ImportRefused.class, () -> PlanImporter.read(body, type, ImportSources.sampleUnits()));
    }

    private static byte[] seedPdf() {
        return TestDocuments.pdf(SeedDocument.of(ImportSources.seed()));
    }

    private static byte[] protect(byte[] pdf, String userPassword) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("chủ sở hữu", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(out);
            return out.toByteArray();
        }
    }
}
