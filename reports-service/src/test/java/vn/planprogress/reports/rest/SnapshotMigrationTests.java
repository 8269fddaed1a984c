package vn.planprogress.reports.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.OldSchema;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.export.PdfA;

/**
 * A database at the old schema (V1: snapshots with their report in a jsonb column) with rows written
 * by the old code: the service starts, migrates, and every snapshot then has its documents, the
 * JSON and CSV byte for byte what the old code served for it, the DOCX saying the same, and a PDF.
 */
@QuarkusTest
@TestProfile(SnapshotMigrationTests.AtVersionOne.class)
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class SnapshotMigrationTests {

    static final String SCHEMA = "reports_v1";
    static final Map<String, String> ROW = legacyRow();
    /** A second row, as written when the report had a field it has no longer. */
    static final String RETIRED_FIELD_ROW = "3c1e0f00-0000-4000-8000-0000000000aa";

    public static class AtVersionOne implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return OldSchema.settings(SCHEMA);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RowsOfTheOldCode.class));
        }
    }

    /** Migrates a schema of its own to V1 only, as the old code left it, and writes the old code's rows into it. */
    public static class RowsOfTheOldCode implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return OldSchema.prepare(SCHEMA, "1", connection -> {
                insert(connection, ROW.get("id"), ROW.get("report"));
                insert(connection, RETIRED_FIELD_ROW, ROW.get("report").replaceFirst("\\{", "{\"approvedBy\": \"Phó Giám đốc\", "));
            });
        }

        private static void insert(Connection connection, String id, String report) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement("insert into report_snapshot (id, plan_id, plan_number, "
                    + "period, kind, trigger_key, as_of, created_at, created_by, report) values (?, ?, ?, ?, ?, null, ?::timestamptz, "
                    + "?::timestamptz, ?, ?::jsonb)")) {
                insert.setObject(1, UUID.fromString(id));
                insert.setObject(2, UUID.fromString(ROW.get("plan_id")));
                insert.setString(3, ROW.get("plan_number"));
                insert.setString(4, ROW.get("period"));
                insert.setString(5, ROW.get("kind"));
                insert.setString(6, ROW.get("as_of"));
                insert.setString(7, ROW.get("created_at"));
                insert.setString(8, ROW.get("created_by"));
                insert.setString(9, report);
                insert.executeUpdate();
            }
        }

        @Override
        public void stop() {
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void theOldSnapshotsJsonAndCsvAreWhatTheOldCodeServed() {
        assertArrayEquals(resource("/legacy/v1-snapshot-served.json"), download(ROW.get("id"), "json"));
        assertArrayEquals(resource("/legacy/v1-snapshot-served.csv"), download(ROW.get("id"), "csv"));
        byte[] retired = download(RETIRED_FIELD_ROW, "json");
        // Read as the old code read it (leniently, into today's record): the retired field was never served, and is not now.
        assertArrayEquals(new String(resource("/legacy/v1-snapshot-served.json"), StandardCharsets.UTF_8).replace(ROW.get("id"), RETIRED_FIELD_ROW)
                .getBytes(StandardCharsets.UTF_8), retired);
    }

    @Test
    void theOldSnapshotsDocxSaysWhatItSaidAndItHasAPdf() throws IOException {
        assertEquals(docxText(resource("/legacy/v1-snapshot-served.docx")), docxText(download(ROW.get("id"), "docx")));
        byte[] pdf = download(ROW.get("id"), "pdf");
        assertEquals(List.of(), PdfA.failures2b(pdf));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Kết quả thực hiện Kế hoạch số 1/KH-SKHCN"), text);
        }
    }

    @Test
    void theReportColumnIsGoneAndEveryRowHasItsFourDocuments() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            var columns = statement.executeQuery("select count(*) from information_schema.columns where table_schema = '" + SCHEMA
                    + "' and table_name = 'report_snapshot' and column_name = 'report'");
            columns.next();
            assertEquals(0, columns.getInt(1));
            var documents = statement.executeQuery("select count(*), count(distinct snapshot_id) from " + SCHEMA + ".snapshot_document");
            documents.next();
            assertEquals(8, documents.getInt(1));
            assertEquals(2, documents.getInt(2));
        }
    }

    private static byte[] download(String id, String format) {
        return RestAssured.given().auth().oauth2(DevTokens.viewer()).queryParam("format", format).get("/api/v1/reports/snapshots/" + id)
                .then().statusCode(200).extract().asByteArray();
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SnapshotMigrationTests.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> legacyRow() {
        try {
            return new ObjectMapper().readValue(resource("/legacy/v1-snapshot-row.json"), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
