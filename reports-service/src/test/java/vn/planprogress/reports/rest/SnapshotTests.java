package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;

/** Snapshots of the seed plan's report: stored as they stood, listed, and exported as JSON, CSV and the official DOCX. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class SnapshotTests {

    private static final String SNAPSHOTS = "/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID + "/snapshots";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void seedScenario() {
        fixtures.reset();
        SeedScenario.record();
    }

    @Test
    void aSnapshotKeepsTheReportAsItStoodWhateverIsSubmittedLater() {
        Response created = as(DevTokens.planner()).body(Map.of("period", "2022")).post(SNAPSHOTS);

        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/snapshots/"))
                .body("kind", is("ON_DEMAND"))
                .body("createdBy", is("planner@dev"))
                .body("asOf", is("2022-11-12T03:00:00Z"))
                .body("report.completeness.counts.missing", is(2));
        String location = created.header("Location");
        SeedScenario.revision("III.5", "QLTC", "DONE", List.of(), null, null, false, "2022-11-12T09:00:00+07:00");

        as(DevTokens.viewer()).get("/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID).then()
                .statusCode(200).body("completeness.counts.missing", is(1));
        JsonPath stored = as(DevTokens.viewer()).get(location).then().statusCode(200).extract().jsonPath();
        assertEquals(Map.of("expected", 7, "received", 5, "onTime", 4, "late", 1, "missing", 2), stored.getMap("report.completeness.counts"));
        assertEquals(34, stored.getInt("report.tasks[2].indicators[1].achieved"));
        assertEquals("Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", stored.getString("report.planTitle"));
        assertThrows(IllegalStateException.class, () -> fixtures.sql("update report_snapshot set plan_number = 'x'"));
        assertThrows(IllegalStateException.class, () -> fixtures.sql("delete from report_snapshot"));
        assertEquals(1, fixtures.count("select count(*) from report_snapshot where plan_number = '1/KH-SKHCN'"));
    }

    @Test
    void aSnapshotAsOfAnEarlierInstantAndTheListNewestFirst() {
        as(DevTokens.planner()).body(Map.of("asOf", "2022-06-15T00:00:00+07:00")).post(SNAPSHOTS).then().statusCode(201)
                .body("asOf", is("2022-06-14T17:00:00Z")).body("report.completeness.counts.missing", is(7));
        clock.set("2022-11-12T10:00:01+07:00");
        as(DevTokens.planner()).post(SNAPSHOTS).then().statusCode(201).body("period", org.hamcrest.Matchers.nullValue());

        as(DevTokens.viewer()).queryParam("size", 1).get(SNAPSHOTS).then().statusCode(200)
                .body("totalItems", is(2))
                .body("totalPages", is(2))
                .body("items[0].asOf", is("2022-11-12T03:00:01Z"))
                .body("items[0].report", org.hamcrest.Matchers.nullValue());
        as(DevTokens.viewer()).get("/api/v1/reports/plans/9d0b6f3e-0000-4000-8000-000000000000/snapshots").then()
                .statusCode(200).body("totalItems", is(0));
    }

    @Test
    void theCsvIsUtf8WithAByteOrderMarkAndHoldsTheFigures() {
        String id = takeSnapshot();

        Response csv = as(DevTokens.viewer()).queryParam("format", "csv").get("/api/v1/reports/snapshots/" + id);

        csv.then().statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", startsWith("attachment; filename=\"bao-cao-1-KH-SKHCN-2022-"));
        byte[] bytes = csv.asByteArray();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        List<String> lines = Arrays.asList(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n", -1));
        assertTrue(lines.contains("Kỳ báo cáo,năm 2022"), lines::toString);
        // Times in the business zone as officials read them (the JSON says 2022-11-12T03:00:00Z).
        assertTrue(lines.contains("Số liệu tính đến,12/11/2022 10:00"), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("III.3,") && l.endsWith(",CM,Chuyên mục khoa học và công nghệ,,chuyên mục,36,34,94.44")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",CM,Chuyên mục trên Báo Quảng Ngãi,BAO,chuyên mục,12,10,83.33")), lines::toString);
        assertTrue(lines.contains("III.5,QLTC,Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng,2022,10/11/2022,Chưa báo cáo,"), lines::toString);
        assertTrue(lines.contains("III.4,HCTH,Phòng Hành chính - Tổng hợp,2022,10/11/2022,Trễ hạn,11/11/2022 09:00"), lines::toString);
        assertTrue(lines.contains("6,1,2,1,2,7,5,4,1,2"), lines::toString);
        // A title with a comma is quoted, so that it stays one field.
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("III.2,\"Đăng tải công khai tất cả các TTHC và các văn bản liên quan đến CCHC;")),
                lines::toString);
        assertEquals(csv.asByteArray().length, as(DevTokens.viewer()).accept("text/csv").get("/api/v1/reports/snapshots/" + id)
                .then().statusCode(200).extract().asByteArray().length);
    }

    @Test
    void theOfficialDocumentIsTheSameBytesAtEveryDownloadDatedByItsSnapshot() throws Exception {
        String id = takeSnapshot();

        byte[] first = given(DevTokens.viewer()).accept(DOCX).get("/api/v1/reports/snapshots/" + id).then().statusCode(200)
                .extract().asByteArray();
        byte[] again = given(DevTokens.viewer()).accept(DOCX).get("/api/v1/reports/snapshots/" + id).then().statusCode(200)
                .extract().asByteArray();

        assertArrayEquals(first, again);
        // Not the moment of rendering, but the snapshot's own instant: the same report renders to the same bytes.
        try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry part = parts.getNextEntry(); part != null; part = parts.getNextEntry()) {
                assertEquals(LocalDateTime.of(2022, 11, 12, 10, 0), part.getTimeLocal(), part.getName());
            }
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(first))) {
            assertEquals(Instant.parse("2022-11-12T03:00:00Z"),
                    document.getProperties().getCoreProperties().getCreated().toInstant());
        }
    }

    @Test
    void theOfficialDocumentOpensAgainWithTheDecreesLayoutAndTheFigures() throws Exception {
        String id = takeSnapshot();

        Response response = given(DevTokens.viewer()).accept(DOCX).get("/api/v1/reports/snapshots/" + id);

        response.then().statusCode(200).contentType(startsWith(DOCX));
        byte[] bytes = response.asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/official-report.docx"), bytes);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (String expected : List.of("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "/BC-SKHCN",
                    "Quảng Ngãi, ngày 12 tháng 11 năm 2022", "BÁO CÁO",
                    "Kết quả thực hiện Kế hoạch số 1/KH-SKHCN về tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ",
                    "số liệu tính đến 10 giờ 00 ngày 12/11/2022",
                    "Kế hoạch có 6 nhiệm vụ: 1 nhiệm vụ hoàn thành, 2 nhiệm vụ đang thực hiện, 1 nhiệm vụ chưa thực hiện, 2 nhiệm vụ quá hạn",
                    "Hạn gửi báo cáo của các đơn vị: ngày 10/11/2022",
                    "Số báo cáo phải gửi: 7; đã nhận: 5 (đúng hạn: 4, trễ hạn: 1); chưa báo cáo: 2.",
                    "Đơn vị chưa báo cáo: Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng (nhiệm vụ III.5); "
                            + "Chi cục Tiêu chuẩn Đo lường Chất lượng (nhiệm vụ III.6).",
                    "Đơn vị báo cáo trễ hạn: Phòng Hành chính - Tổng hợp (nhiệm vụ III.4).",
                    "- Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ (nhiệm vụ III.3): Kinh phí hạn chế",
                    "- Phòng Hành chính - Tổng hợp (nhiệm vụ III.4): Thiếu địa điểm tổ chức hội thảo ngày 18/5",
                    "Nơi nhận:", "- UBND tỉnh (b/cáo);", "- Sở Thông tin và Truyền thông;", "- Lưu: VT, HCTH.",
                    "GIÁM ĐỐC", "Nguyễn Văn Thành")) {
                assertTrue(text.contains(expected), () -> "'" + expected + "' missing from:\n" + text);
            }
            XWPFTable tasks = document.getTables().get(1);
            assertEquals(List.of("TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian", "Chỉ tiêu", "Kết quả", "Tình trạng"),
                    tasks.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
            assertEquals(7, tasks.getNumberOfRows());
            assertEquals(List.of("III.3", "Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ", "Thường xuyên trong năm",
                            "Đang thực hiện"),
                    List.of(cell(tasks, 3, 0), cell(tasks, 3, 2), cell(tasks, 3, 3), cell(tasks, 3, 6)));
            assertTrue(cell(tasks, 3, 5).contains("34 chuyên mục (94,44%)"), cell(tasks, 3, 5));
            assertTrue(cell(tasks, 3, 5).contains("5 bản tin (83,33%)"), cell(tasks, 3, 5));
            assertTrue(cell(tasks, 3, 5).contains("- 10 (83,33%)"), cell(tasks, 3, 5));
            assertTrue(cell(tasks, 4, 2).contains("Phòng Hành chính - Tổng hợp (hoàn thành)"), cell(tasks, 4, 2));
            assertEquals("Quá hạn", cell(tasks, 4, 6));
            assertEquals("Quá hạn", cell(tasks, 5, 6));
            assertEquals("Chưa thực hiện", cell(tasks, 6, 6));
            assertEquals(Map.of("Times New Roman", true), document.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                    .map(XWPFRun::getFontFamily).distinct().collect(Collectors.toMap(f -> f, f -> true)));
            var pageSize = document.getDocument().getBody().getSectPr().getPgSz();
            assertEquals(List.of("11906", "16838"), List.of(pageSize.getW().toString(), pageSize.getH().toString()));
        }
    }

    @Test
    void badExportsAndUnknownSnapshotsAreProblems() {
        String id = takeSnapshot();

        String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("format", "xlsx")
                .get("/api/v1/reports/snapshots/" + id), "format");
        assertTrue(message.contains("json, csv, docx or pdf"), message);
        Problems.assertProblem(given(DevTokens.viewer()).accept("application/xml").get("/api/v1/reports/snapshots/" + id), 406);
        Problems.assertProblem(as(DevTokens.viewer()).get("/api/v1/reports/snapshots/9d0b6f3e-0000-4000-8000-000000000000"), 404);
        Problems.assertProblem(given(DevTokens.viewer()).accept(DOCX).get("/api/v1/reports/snapshots/9d0b6f3e-0000-4000-8000-000000000000"), 404);
        Problems.assertProblem(as(DevTokens.viewer()).get("/api/v1/reports/snapshots/not-a-uuid"), 400);
    }

    @Test
    void aRefusedSnapshotWritesNothing() {
        ServicesStub.answerDigest("9d0b6f3e-0000-4000-8000-000000000000", aResponse().withStatus(404));
        Map<String, Long> before = fixtures.rowCounts();

        Problems.assertProblem(as(DevTokens.planner()).post("/api/v1/reports/plans/9d0b6f3e-0000-4000-8000-000000000000/snapshots"), 404);
        Problems.assertInvalidField(as(DevTokens.planner()).body(Map.of("period", "2022-Q5")).post(SNAPSHOTS), "period");
        Problems.assertInvalidField(as(DevTokens.planner()).body(Map.of("asOf", "2030-01-01T00:00:00Z")).post(SNAPSHOTS), "asOf");
        Problems.assertInvalidField(as(DevTokens.planner()).body(Map.of("asOf", "12/11/2022")).post(SNAPSHOTS), "asOf");
        Problems.assertInvalidField(as(DevTokens.planner()).body(Map.of("perod", "2022")).post(SNAPSHOTS), "perod");
        Problems.assertProblem(as(DevTokens.viewer()).post(SNAPSHOTS), 403);
        ServicesStub.answerSubmissions(aResponse().withStatus(500));
        Response down = as(DevTokens.planner()).post(SNAPSHOTS);
        Problems.assertProblem(down, 503);
        assertEquals("30", down.header("Retry-After"));

        assertEquals(before, fixtures.rowCounts());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstSnapshot() {
        String first = as(DevTokens.planner()).header("Idempotency-Key", "snap-1").body(Map.of("period", "2022")).post(SNAPSHOTS)
                .then().statusCode(201).extract().path("id");
        SeedScenario.revision("III.5", "QLTC", "DONE", List.of(), null, null, false, "2022-11-12T09:00:00+07:00");

        as(DevTokens.planner()).header("Idempotency-Key", "snap-1").body(Map.of("period", "2022")).post(SNAPSHOTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(first))
                .body("report.completeness.counts.missing", is(2));

        assertEquals(1, fixtures.count("select count(*) from report_snapshot"));
    }

    private String takeSnapshot() {
        return as(DevTokens.planner()).body(Map.of("period", "2022")).post(SNAPSHOTS).then().statusCode(201).extract().path("id");
    }

    private static io.restassured.specification.RequestSpecification given(String token) {
        return io.restassured.RestAssured.given().auth().oauth2(token);
    }

    private static String cell(XWPFTable table, int row, int column) {
        return table.getRow(row).getCell(column).getText();
    }
}
