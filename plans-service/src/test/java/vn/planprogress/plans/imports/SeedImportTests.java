package vn.planprogress.plans.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.planprogress.plans.service.PlanRules;

/** The seed document read in each of its forms gives the sample plan in every field the document states. */
class SeedImportTests {

    private static final String DOCX = DocumentForm.DOCX.mediaType();
    /** Codes the seed does not give: the sample's author chose them, the reader makes its own and says so. */
    private static final Set<String> MADE_UP = Set.of(".tasks[2].indicators[0].code", ".tasks[2].indicators[1].code",
            ".tasks[2].indicators[1].parts[0].code", ".tasks[2].indicators[1].parts[1].code", ".tasks[2].indicators[1].parts[2].code");

    @Test
    void theSeedAsTextGivesTheSamplePlan() {
        assertSample(PlanImporter.read(ImportSources.seed(), "text/plain; charset=utf-8", ImportSources.sampleUnits()));
    }

    @Test
    void theSeedAsAWordDocumentGivesTheSamplePlan() {
        byte[] docx = TestDocuments.docx(SeedDocument.of(ImportSources.seed()));
        assertSample(PlanImporter.read(docx, DOCX, ImportSources.sampleUnits()));
    }

    @Test
    void theSeedAsAPdfGivesTheSamplePlan() {
        byte[] pdf = TestDocuments.pdf(SeedDocument.of(ImportSources.seed()));
        assertSample(PlanImporter.read(pdf, "application/pdf", ImportSources.sampleUnits()));
    }

    private static void assertSample(ImportedPlan imported) {
        List<String> differences = PlanComparison.differences(ImportSources.samplePlan(), imported.draft(), MADE_UP);
        assertEquals("", String.join("\n", differences), "the draft differs from samples/ke-hoach-tuyen-truyen-cchc-2022.json");
        // Findings only for what the document does not say: the indicators' codes, and content items it only implies.
        assertEquals(List.of("MADE_UP_CODE tasks[2].indicators[0].code", "MADE_UP_CODE tasks[2].indicators[1].code",
                        "INFERRED_REFERENCE tasks[4].contentRefs", "INFERRED_REFERENCE tasks[5].contentRefs"),
                imported.findings().stream().map(f -> f.kind() + " " + f.field()).toList(),
                () -> imported.findings().stream().map(Finding::toString).collect(Collectors.joining("\n")));
        assertTrue(imported.findings().get(1).message().contains("CM (its parts SPT, STH, BQN)"), imported.findings().get(1)::message);
        assertTrue(imported.findings().stream().allMatch(f -> f.source() != null), "every finding says where it comes from");
        // The draft keeps every rule a plan keeps, so it can be created and issued as it is.
        Set<String> units = ImportSources.sampleUnits().stream().map(u -> u.code()).collect(Collectors.toSet());
        assertEquals(List.of(), PlanRules.check(imported.draft(), units));
        assertEquals(new ImportedPlan.DocumentHeader("UBND TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", true, "KẾ HOẠCH", null, "KH-SKHCN"),
                imported.header());
    }
}
