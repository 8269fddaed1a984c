package vn.planprogress.reports.rest;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.signing.SignatureCheck;

/**
 * A snapshot's documents are the bytes stored when it was taken: every download returns them with
 * their SHA-256, whatever is submitted or changed later; the PDF is signed by leaders, one
 * signature per signer, each keeping the ones before it valid; corrupted storage is never served.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class StoredDocumentTests {

    private static final String SNAPSHOTS = "/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID + "/snapshots";
    private static final List<String> FORMATS = List.of("json", "csv", "docx", "pdf");

    @Inject
    ReportFixtures fixtures;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    @BeforeEach
    void seedScenario() {
        fixtures.reset();
        SeedScenario.record();
    }

    @Test
    void everyDownloadReturnsTheStoredBytesWithTheirDigest() throws Exception {
        Response taken = as(DevTokens.planner()).body(Map.of("period", "2022")).post(SNAPSHOTS);
        String id = taken.then().statusCode(201).extract().path("id");
        byte[] created = taken.asByteArray();
        Map<String, byte[]> first = new LinkedHashMap<>();
        for (String format : FORMATS) {
            first.put(format, download(id, format));
        }
        SeedScenario.revision("III.5", "QLTC", "DONE", List.of(), "Muộn", null, false, "2022-11-12T09:00:00+07:00");

        assertArrayEquals(created, first.get("json"), "the JSON served when it was taken is the JSON stored");
        for (String format : FORMATS) {
            Response again = given(DevTokens.viewer()).queryParam("format", format).get("/api/v1/reports/snapshots/" + id);
            byte[] bytes = again.then().statusCode(200).extract().asByteArray();
            assertArrayEquals(first.get(format), bytes, format + " is the same at every download");
            byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(bytes);
            assertEquals("\"" + HexFormat.of().formatHex(sha256) + "\"", again.header("ETag"), format);
            assertEquals("sha-256=:" + Base64.getEncoder().encodeToString(sha256) + ":", again.header("Content-Digest"), format);
            // What a restarted service reads: the row, through a connection of its own.
            assertArrayEquals(stored(id, format), bytes, format + " is the stored row's bytes");
        }
        assertArrayEquals(first.get("pdf"), given(DevTokens.viewer()).accept("application/pdf").get("/api/v1/reports/snapshots/" + id)
                .then().statusCode(200).header("Content-Disposition", endsWith(".pdf\"")).extract().asByteArray());
        assertTrue(new String(first.get("pdf"), 0, 8, StandardCharsets.ISO_8859_1).startsWith("%PDF-1."));
    }

    @Test
    void aStoredJsonOfAnOlderFormatIsServedAsItWasWritten() {
        // A snapshot written when Snapshot had a field it has no longer: served as written, the field kept.
        String id = "7f000000-0000-4000-8000-000000000001";
        String json = "{\"id\":\"" + id + "\",\"planNumber\":\"1/KH-SKHCN\",\"kind\":\"ON_DEMAND\",\"approvedBy\":\"Phó Giám đốc\","
                + "\"report\":{\"planTitle\":\"Tuyên truyền cải cách hành chính năm 2022\",\"unitsReminded\":3}}";
        fixtures.sql("insert into report_snapshot (id, plan_id, plan_number, period, kind, as_of, created_at, created_by) values ('" + id
                + "', '" + ServicesStub.SEED_PLAN_ID + "', '1/KH-SKHCN', '2022', 'ON_DEMAND', '2022-06-01T00:00:00Z', '2022-06-01T00:00:00Z', "
                + "'planner@dev')");
        fixtures.sql("insert into snapshot_document (snapshot_id, format, format_version, media_type, content, sha256, created_at) values ('"
                + id + "', 'JSON', 1, 'application/json', convert_to('" + json + "', 'UTF8'), sha256(convert_to('" + json + "', 'UTF8')), "
                + "'2022-06-01T00:00:00Z')");

        byte[] served = given(DevTokens.viewer()).get("/api/v1/reports/snapshots/" + id).then().statusCode(200)
                .contentType("application/json").extract().asByteArray();

        assertArrayEquals(json.getBytes(StandardCharsets.UTF_8), served);
        Problems.assertProblem(given(DevTokens.viewer()).queryParam("format", "pdf").get("/api/v1/reports/snapshots/" + id), 406);
    }

    @Test
    void leadersSignThePdfEachOnceAndEverySignatureStaysValid() {
        String id = takeSnapshot();
        String signatures = "/api/v1/reports/snapshots/" + id + "/signatures";
        Problems.assertProblem(given(DevTokens.viewer()).queryParam("format", "pdf").queryParam("signed", true)
                .get("/api/v1/reports/snapshots/" + id), 406);
        Map<String, Long> before = fixtures.rowCounts();
        Problems.assertProblem(as(DevTokens.planner()).post(signatures), 403);
        Problems.assertProblem(as(DevTokens.viewer()).post(signatures), 403);
        Problems.assertProblem(as(DevTokens.reporter("HCTH")).post(signatures), 403);
        assertEquals(before, fixtures.rowCounts());

        as(DevTokens.leader()).post(signatures).then().statusCode(201)
                .header("Location", endsWith("/api/v1/reports/snapshots/" + id + "?format=pdf&signed=true"))
                .body("sequence", is(1)).body("signer", is("leader@dev")).body("reason", is("Ký số báo cáo"));
        byte[] unsigned = download(id, "pdf");
        byte[] once = given(DevTokens.viewer()).queryParam("format", "pdf").queryParam("signed", true)
                .get("/api/v1/reports/snapshots/" + id).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(unsigned, Arrays.copyOf(once, unsigned.length), "the stored PDF is what was signed");
        assertEquals(List.of(true), SignatureCheck.verify(once).stream().map(SignatureCheck.Verdict::valid).toList());

        Problems.assertProblem(as(DevTokens.leader()).post(signatures), 409);
        String deputy = DevTokens.mint("deputy@dev", Set.of("leader"), null, Duration.ofHours(1));
        as(deputy).post(signatures).then().statusCode(201).body("sequence", is(2));
        as(DevTokens.admin()).post(signatures).then().statusCode(201).body("sequence", is(3));

        byte[] thrice = given(DevTokens.viewer()).queryParam("format", "pdf").queryParam("signed", true)
                .get("/api/v1/reports/snapshots/" + id).then().statusCode(200).extract().asByteArray();
        List<SignatureCheck.Verdict> verdicts = SignatureCheck.verify(thrice);
        assertEquals(List.of("leader@dev", "deputy@dev", "admin@dev"), verdicts.stream().map(SignatureCheck.Verdict::name).toList());
        assertTrue(verdicts.stream().allMatch(SignatureCheck.Verdict::valid), verdicts::toString);
        assertArrayEquals(once, Arrays.copyOf(thrice, once.length), "the first signed PDF is never replaced, only added to");
        assertArrayEquals(unsigned, download(id, "pdf"), "the unsigned PDF is kept beside the signed ones");
        given(DevTokens.viewer()).get(signatures).then().statusCode(200)
                .body("signer", is(List.of("leader@dev", "deputy@dev", "admin@dev")))
                .body("sequence", is(List.of(1, 2, 3)));
        assertEquals(3, fixtures.count("select count(*) from snapshot_signature where snapshot_id = '" + id + "'"));
    }

    @Test
    void signedIsOnlyForThePdfAndUnknownSnapshotsAreProblems() {
        String id = takeSnapshot();

        String message = Problems.assertInvalidField(given(DevTokens.viewer()).queryParam("format", "csv").queryParam("signed", true)
                .get("/api/v1/reports/snapshots/" + id), "signed");
        assertTrue(message.contains("format=pdf&signed=true"), message);
        Problems.assertInvalidField(given(DevTokens.viewer()).queryParam("format", "pdf").queryParam("signed", "yes")
                .get("/api/v1/reports/snapshots/" + id), "signed");
        Problems.assertProblem(as(DevTokens.leader()).post("/api/v1/reports/snapshots/9d0b6f3e-0000-4000-8000-000000000000/signatures"), 404);
        Problems.assertProblem(given(DevTokens.viewer()).get("/api/v1/reports/snapshots/9d0b6f3e-0000-4000-8000-000000000000/signatures"), 404);
    }

    @Test
    void aDocumentWhoseStoredBytesChangedIsRefusedAndTheLogNamesTheSnapshot() {
        String id = takeSnapshot();
        List<String> logged = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(String.valueOf(record.getMessage()) + " " + Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("vn.planprogress.reports.service.SnapshotDocuments");
        log.addHandler(handler);
        try {
            // As a disk fault or an intruder would: past the trigger that refuses updates.
            fixtures.sql("begin; alter table snapshot_document disable trigger snapshot_document_immutable; "
                    + "update snapshot_document set content = overlay(content placing '\\x00'::bytea from 200 for 1) "
                    + "where snapshot_id = '" + id + "' and format = 'PDF'; "
                    + "alter table snapshot_document enable trigger snapshot_document_immutable; commit");
            Map<String, Long> before = fixtures.rowCounts();

            Map<String, Object> problem = Problems.assertProblem(given(DevTokens.viewer()).queryParam("format", "pdf")
                    .get("/api/v1/reports/snapshots/" + id), 500);
            assertTrue(String.valueOf(problem.get("detail")).contains(id), problem::toString);
            Problems.assertProblem(as(DevTokens.leader()).post("/api/v1/reports/snapshots/" + id + "/signatures"), 500);

            assertEquals(before, fixtures.rowCounts(), "nothing was signed");
            assertTrue(logged.stream().anyMatch(line -> line.contains(id)), logged::toString);
            given(DevTokens.viewer()).queryParam("format", "csv").get("/api/v1/reports/snapshots/" + id).then().statusCode(200);
        } finally {
            log.removeHandler(handler);
        }
    }

    private String takeSnapshot() {
        return as(DevTokens.planner()).body(Map.of("period", "2022")).post(SNAPSHOTS).then().statusCode(201).extract().path("id");
    }

    private static byte[] download(String id, String format) {
        return given(DevTokens.viewer()).queryParam("format", format).get("/api/v1/reports/snapshots/" + id).then().statusCode(200)
                .extract().asByteArray();
    }

    private byte[] stored(String id, String format) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=reports", user, password.orElse(""));
             PreparedStatement select = connection.prepareStatement(
                     "select content from snapshot_document where snapshot_id = ? and format = ?")) {
            select.setObject(1, UUID.fromString(id));
            select.setString(2, format.toUpperCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), format + " is stored");
                return row.getBytes(1);
            }
        }
    }

    private static RequestSpecification given(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
