package vn.planprogress.reports.export;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.planprogress.reports.SeedReport;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.TaskResult;
import vn.planprogress.reports.signing.DevelopmentKeystore;
import vn.planprogress.reports.signing.OrganisationKey;
import vn.planprogress.reports.signing.PdfSigner;

/**
 * For scripts/pdf-check, which judges the documents with tools that are not ours: renders the seed
 * report as the service does (PDF and DOCX), signs the PDF twice (two signers, the second an
 * incremental update), and writes what the text must contain. {@code SeedReportDocuments DIR}.
 */
public final class SeedReportDocuments {

    private SeedReportDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/pdf-check");
        Files.createDirectories(out);
        Report report = SeedReport.build();
        OfficialText text = OfficialText.of(report, SeedReport.ZONE);
        byte[] pdf = PdfReport.render(text, report.document().issuer().name(), SeedReport.AS_OF, SeedReport.ZONE);
        Instant now = Instant.now();
        OrganisationKey key = OrganisationKey.load(DevelopmentKeystore.create(report.document().issuer().name(), now.minusSeconds(60),
                Duration.ofDays(1)), DevelopmentKeystore.PASSWORD.toCharArray(), null);
        byte[] signed = PdfSigner.sign(pdf, key, new PdfSigner.Signing("Nguyễn Văn Thành", "Quảng Ngãi", now));
        byte[] countersigned = PdfSigner.sign(signed, key, new PdfSigner.Signing("Trần Thị Hoa", "Quảng Ngãi", now.plusSeconds(1)));
        Files.write(out.resolve("report.pdf"), pdf);
        Files.write(out.resolve("report-signed.pdf"), signed);
        Files.write(out.resolve("report-signed-twice.pdf"), countersigned);
        Files.write(out.resolve("report.docx"), OfficialReport.render(text, SeedReport.AS_OF, SeedReport.ZONE));
        List<String> expected = new ArrayList<>(List.of(text.title(), report.planNumber(), OfficialText.MOTTO, text.signerName()));
        report.tasks().stream().map(TaskResult::code).forEach(expected::add);
        Files.write(out.resolve("expected-text.txt"), String.join("\n", expected).concat("\n").getBytes(StandardCharsets.UTF_8));
        System.out.println("Wrote the seed report's documents to " + out.toAbsolutePath());
    }
}
