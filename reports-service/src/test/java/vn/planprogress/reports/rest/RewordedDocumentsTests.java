package vn.planprogress.reports.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedReport;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.SnapshotKind;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.reports.domain.ReportSnapshot;
import vn.planprogress.reports.domain.SnapshotDocument;
import vn.planprogress.reports.mapping.SnapshotMapper;
import vn.planprogress.reports.repository.SnapshotRepository;
import vn.planprogress.reports.service.RewordedRenderer;
import vn.planprogress.reports.service.SnapshotRenderer;

/**
 * The report code's wording changed (a later version: {@link RewordedRenderer}): a snapshot taken
 * by the code before it still returns the bytes it was stored with, while a new one has the new
 * wording.
 */
@QuarkusTest
@TestProfile(RewordedDocumentsTests.Reworded.class)
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class RewordedDocumentsTests {

    public static class Reworded implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(RewordedRenderer.class);
        }
    }

    @Inject
    ReportFixtures fixtures;

    @Inject
    SnapshotRepository snapshots;

    @Inject
    ObjectMapper json;

    @Inject
    BusinessTime time;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aSnapshotTakenBeforeTheWordingChangedKeepsItsBytes() throws IOException {
        List<SnapshotDocument> before = storedByTheCodeBefore();
        String old = before.get(0).snapshotId.toString();
        SeedScenario.record();
        String now = as(DevTokens.planner()).body(Map.of("period", "2022")).post("/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID
                + "/snapshots").then().statusCode(201).extract().path("id");

        for (SnapshotDocument document : before) {
            assertArrayEquals(document.content, download(old, document.format.extension), document.format + " as it was stored");
        }
        assertTrue(pdfText(download(old, "pdf")).contains("Kế hoạch số 1/KH-SKHCN"));
        assertFalse(pdfText(download(old, "pdf")).contains("BÁO CÁO TỔNG HỢP"));
        assertTrue(pdfText(download(now, "pdf")).contains("BÁO CÁO TỔNG HỢP"), "a new snapshot has the new wording");
        assertTrue(new String(download(now, "csv"), StandardCharsets.UTF_8).contains("KH,1/KH-SKHCN"));
        assertTrue(new String(download(old, "csv"), StandardCharsets.UTF_8).contains("Kế hoạch,1/KH-SKHCN"));
    }

    /** A snapshot as the code before the change stored it: rendered by the service's own renderer, not the reworded one. */
    private List<SnapshotDocument> storedByTheCodeBefore() {
        Report report = SeedReport.build();
        ReportSnapshot snapshot = ReportSnapshot.of(report, SnapshotKind.ON_DEMAND, null, Instant.parse("2022-11-12T03:00:00Z"), "planner@dev");
        List<SnapshotDocument> documents = new SnapshotRenderer(json, time).render(SnapshotMapper.toSnapshot(snapshot, report));
        QuarkusTransaction.requiringNew().run(() -> {
            snapshots.persist(snapshot);
            snapshots.keep(documents);
        });
        return documents;
    }

    private static byte[] download(String id, String format) {
        return RestAssured.given().auth().oauth2(DevTokens.viewer()).queryParam("format", format).get("/api/v1/reports/snapshots/" + id)
                .then().statusCode(200).extract().asByteArray();
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
