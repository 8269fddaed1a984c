package vn.planprogress.benchmarks.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import vn.planprogress.common.json.JsonSettings;
import vn.planprogress.reports.SeedReport;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.export.CsvExport;
import vn.planprogress.reports.export.OfficialReport;
import vn.planprogress.reports.export.OfficialText;
import vn.planprogress.reports.export.PdfReport;
import vn.planprogress.reports.signing.DevelopmentKeystore;
import vn.planprogress.reports.signing.OrganisationKey;
import vn.planprogress.reports.signing.PdfSigner;

/**
 * What storing a snapshot's documents costs (figures, not a test): the seed report rendered as the
 * JSON, CSV, DOCX and PDF that taking a snapshot (and the migration, per old snapshot) stores, and
 * one signature. {@code DocumentRenderingBenchmark [ROUNDS]}; prints the median and p90 per snapshot.
 */
public final class DocumentRenderingBenchmark {

    private DocumentRenderingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        Report report = SeedReport.build();
        ObjectMapper json = JsonSettings.configure(new ObjectMapper().findAndRegisterModules());
        OrganisationKey key = OrganisationKey.load(DevelopmentKeystore.create("bench", Instant.now().minusSeconds(60), Duration.ofDays(1)),
                DevelopmentKeystore.PASSWORD.toCharArray(), null);
        long[] render = new long[rounds];
        long[] sign = new long[rounds];
        long bytes = 0;
        for (int warm = 0; warm < 20; warm++) {
            PdfReport.render(OfficialText.of(report, SeedReport.ZONE), "bench", SeedReport.AS_OF, SeedReport.ZONE);
        }
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            OfficialText text = OfficialText.of(report, SeedReport.ZONE);
            byte[] pdf = PdfReport.render(text, "bench", SeedReport.AS_OF, SeedReport.ZONE);
            bytes += json.writeValueAsBytes(report).length + CsvExport.render(report, SeedReport.ZONE).length + OfficialReport.render(text, SeedReport.AS_OF, SeedReport.ZONE).length + pdf.length;
            render[i] = System.nanoTime() - start;
            start = System.nanoTime();
            PdfSigner.sign(pdf, key, new PdfSigner.Signing("bench", null, Instant.now()));
            sign[i] = System.nanoTime() - start;
        }
        Arrays.sort(render);
        Arrays.sort(sign);
        System.out.printf("documents of one snapshot (JSON, CSV, DOCX, PDF): median %.1f ms, p90 %.1f ms, %d bytes stored%n",
                render[rounds / 2] / 1e6, render[rounds * 9 / 10] / 1e6, bytes / rounds);
        System.out.printf("one signature: median %.1f ms, p90 %.1f ms (%d rounds)%n", sign[rounds / 2] / 1e6, sign[rounds * 9 / 10] / 1e6, rounds);
    }
}
