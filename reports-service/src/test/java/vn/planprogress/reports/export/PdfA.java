package vn.planprogress.reports.export;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** PDF/A-2b as veraPDF (the PDF Association's validator) judges it: the rules a document breaks, none when it conforms. */
public final class PdfA {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfA() {
    }

    public static List<String> failures2b(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream().filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()).distinct().toList();
            if (!result.isCompliant() && failures.isEmpty()) {
                return List.of("not compliant (no assertion named)");
            }
            return failures;
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the document", e);
        }
    }
}
