package vn.planprogress.reports.signing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.planprogress.reports.SeedReport;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.export.OfficialText;
import vn.planprogress.reports.export.PdfA;
import vn.planprogress.reports.export.PdfReport;

/** The seed report's PDF signed as PAdES B-B: verified by PDFBox and BouncyCastle, broken by one flipped byte, kept by a second signer. */
class PdfSignerTests {

    private static final Instant NOW = Instant.parse("2022-11-15T02:00:00Z");
    private static byte[] pdf;
    private static OrganisationKey key;

    @BeforeAll
    static void render() throws Exception {
        Report report = SeedReport.build();
        pdf = PdfReport.render(OfficialText.of(report, SeedReport.ZONE), report.document().issuer().name(), SeedReport.AS_OF, SeedReport.ZONE);
        key = OrganisationKey.load(DevelopmentKeystore.create("Sở Khoa học và Công nghệ", NOW.minus(Duration.ofDays(1)), Duration.ofDays(30)),
                DevelopmentKeystore.PASSWORD.toCharArray(), null);
    }

    @Test
    void theSignatureIsValidAndSaysWhoSignedAndWhy() throws Exception {
        byte[] signed = PdfSigner.sign(pdf, key, new PdfSigner.Signing("Nguyễn Văn Thành", "Quảng Ngãi", NOW));

        assertArrayEquals(pdf, Arrays.copyOf(signed, pdf.length), "an incremental update: the unsigned PDF is its start");
        List<SignatureCheck.Verdict> verdicts = SignatureCheck.verify(signed);
        assertEquals(1, verdicts.size());
        SignatureCheck.Verdict verdict = verdicts.get(0);
        assertTrue(verdict.valid());
        assertTrue(verdict.coversWholeFile());
        assertEquals("ETSI.CAdES.detached", verdict.subFilter());
        assertEquals("Nguyễn Văn Thành", verdict.name());
        assertEquals("Ký số báo cáo", verdict.reason());
        assertTrue(verdict.signingCertificateV2(), "ESS signing-certificate-v2 binds the certificate");
        assertFalse(verdict.signingTimeAttribute(), "PAdES B-B states the time in the signature dictionary only");
        assertEquals(key.certificate(), verdict.certificate());
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertEquals(NOW, signature.getSignDate().toInstant());
        }
        assertEquals(List.of(), PdfA.failures2b(signed), "still PDF/A-2b once signed");
    }

    @Test
    void oneFlippedByteInTheSignedRangeBreaksIt() {
        byte[] signed = PdfSigner.sign(pdf, key, new PdfSigner.Signing("Nguyễn Văn Thành", null, NOW));
        byte[] tampered = signed.clone();
        int inText = pdf.length / 2;
        tampered[inText] ^= 0x01;

        assertFalse(SignatureCheck.verify(tampered).get(0).valid());
        assertTrue(SignatureCheck.verify(signed).get(0).valid());
    }

    @Test
    void aSecondSignerAddsAnUpdateThatKeepsTheFirstValid() {
        byte[] first = PdfSigner.sign(pdf, key, new PdfSigner.Signing("Nguyễn Văn Thành", null, NOW));
        byte[] second = PdfSigner.sign(first, key, new PdfSigner.Signing("Trần Thị Hoa", null, NOW.plusSeconds(60)));

        assertArrayEquals(first, Arrays.copyOf(second, first.length));
        List<SignatureCheck.Verdict> verdicts = SignatureCheck.verify(second);
        assertEquals(List.of("Nguyễn Văn Thành", "Trần Thị Hoa"), verdicts.stream().map(SignatureCheck.Verdict::name).toList());
        assertTrue(verdicts.stream().allMatch(SignatureCheck.Verdict::valid));
        assertFalse(verdicts.get(0).coversWholeFile(), "the first covers what it signed, the second what follows");
        assertTrue(verdicts.get(1).coversWholeFile());
    }

    @Test
    void aKeystoreWithAnotherPasswordIsRefusedWithWhatToFix() throws Exception {
        byte[] keystore = DevelopmentKeystore.create("x", NOW, Duration.ofDays(1));
        OrganisationKey.Unusable refused = org.junit.jupiter.api.Assertions.assertThrows(OrganisationKey.Unusable.class,
                () -> OrganisationKey.load(keystore, "wrong".toCharArray(), null));
        assertTrue(refused.getMessage().contains("password"), refused.getMessage());
        assertFalse(OrganisationKey.load(keystore, DevelopmentKeystore.PASSWORD.toCharArray(), null).validAt(NOW.plus(Duration.ofDays(2))));
    }
}
