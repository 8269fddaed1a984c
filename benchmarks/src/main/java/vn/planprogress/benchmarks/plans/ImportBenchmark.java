package vn.planprogress.benchmarks.plans;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.planprogress.plans.api.UnitDocument;
import vn.planprogress.plans.imports.DocumentForm;
import vn.planprogress.plans.imports.ImportSources;
import vn.planprogress.plans.imports.ImportedPlan;
import vn.planprogress.plans.imports.PlanImporter;
import vn.planprogress.plans.imports.SeedDocument;
import vn.planprogress.plans.imports.TestDocuments;

/**
 * Imports the seed document N times in each form (its text, a Word file and a PDF made from it, as the tests
 * make them) on one thread, after a warm-up, and prints documents per second, p50 and p99 per form. Run by
 * {@code scripts/bench-import}; not a test.
 */
public final class ImportBenchmark {

    private ImportBenchmark() {
    }

    public static void main(String[] args) {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        byte[] seed = ImportSources.seed();
        List<UnitDocument> units = ImportSources.sampleUnits();
        TestDocuments.Doc doc = SeedDocument.of(seed);
        record Form(String name, String type, byte[] body) {
        }
        List<Form> forms = List.of(new Form("text", "text/plain; charset=utf-8", seed),
                new Form("docx", DocumentForm.DOCX.mediaType(), TestDocuments.docx(doc)),
                new Form("pdf", DocumentForm.PDF.mediaType(), TestDocuments.pdf(doc)));
        System.out.printf(Locale.ROOT, "import of the seed plan, %d documents per form, one thread, %d cores, Java %s%n",
                documents, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "%-5s %8s %10s %10s %10s %10s%n", "form", "bytes", "docs/s", "p50 ms", "p99 ms", "max ms");
        for (Form form : forms) {
            for (int i = 0; i < Math.max(50, documents / 5); i++) {
                check(PlanImporter.read(form.body(), form.type(), units));
            }
            long[] nanos = new long[documents];
            long start = System.nanoTime();
            for (int i = 0; i < documents; i++) {
                long t = System.nanoTime();
                check(PlanImporter.read(form.body(), form.type(), units));
                nanos[i] = System.nanoTime() - t;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(nanos);
            System.out.printf(Locale.ROOT, "%-5s %8d %10.1f %10.2f %10.2f %10.2f%n", form.name(), form.body().length, documents / seconds,
                    millis(nanos, 0.50), millis(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
        }
    }

    /** Every import must read the six tasks, so that a broken reader cannot look fast. */
    private static void check(ImportedPlan imported) {
        if (imported.draft().tasks().size() != 6) {
            throw new IllegalStateException("the seed read into " + imported.draft().tasks().size() + " tasks, not 6");
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
