package vn.planprogress.systemtests;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.planprogress.devsupport.DevTokens;

/**
 * The year of a department, end to end through the gateway only, with a token per role: a plan
 * loaded and issued, units submitting (on time, late, a correction, a breakdown part short, a unit
 * that never submits), a review, the live report and its figures, the consolidated snapshot and its
 * official document, and a run of the scheduled job.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScenarioTests {

    private static final RunningSystem SYSTEM = RunningSystem.get();
    private static CurrentYearPlan plan;
    private static String correctedId;

    @BeforeAll
    static void issueThePlan() {
        plan = CurrentYearPlan.issue(SYSTEM);
    }

    @Test
    @Order(1)
    void unitsSubmitOnTimeLateAndWithAPartShort() {
        // On time (quarter IV's deadline is ahead): 34 of the 36 columns, the newspaper two short.
        Response columns = plan.submit(SYSTEM, "TTUDDV", "III.3", plan.quarter(4), "IN_PROGRESS", List.of(
                Map.of("indicatorCode", "BT", "value", 5),
                Map.of("indicatorCode", "CM", "partCode", "PT", "value", 12),
                Map.of("indicatorCode", "CM", "partCode", "TH", "value", 12),
                Map.of("indicatorCode", "CM", "partCode", "BAO", "value", 10)));
        CurrentYearPlan.assertCreated(columns);
        correctedId = columns.path("id");
        CurrentYearPlan.assertCreated(plan.submit(SYSTEM, "TTUDDV", "III.1", plan.quarter(4), "IN_PROGRESS", List.of()));
        // Late (quarters I–III's deadline has passed): the two leads of III.4, one finished; QLTC's III.5.
        CurrentYearPlan.assertCreated(plan.submit(SYSTEM, "TTUDDV", "III.4", plan.quarter(2), "DONE", List.of()));
        CurrentYearPlan.assertCreated(plan.submit(SYSTEM, "HCTH", "III.4", plan.quarter(2), "IN_PROGRESS", List.of()));
        Response late = plan.submit(SYSTEM, "QLTC", "III.5", plan.quarter(1), "DONE", List.of());
        CurrentYearPlan.assertCreated(late);
        assertEquals(Boolean.TRUE, late.path("late"));
        assertEquals(Boolean.FALSE, columns.path("late"));
        // CCTDC never submits its III.6.
    }

    @Test
    @Order(2)
    void aCorrectionMakesASecondRevision() {
        Response current = SYSTEM.gateway(DevTokens.reporter("TTUDDV")).get("/api/v1/submissions/" + correctedId);
        Map<String, Object> correction = Map.of("status", "IN_PROGRESS", "values", List.of(
                        Map.of("indicatorCode", "BT", "value", 6),
                        Map.of("indicatorCode", "CM", "partCode", "PT", "value", 12),
                        Map.of("indicatorCode", "CM", "partCode", "TH", "value", 12),
                        Map.of("indicatorCode", "CM", "partCode", "BAO", "value", 10)),
                "summary", "Bổ sung bản tin thứ sáu");

        SYSTEM.gateway(DevTokens.reporter("TTUDDV")).header("If-Match", current.header("ETag")).body(correction)
                .put("/api/v1/submissions/" + correctedId).then().statusCode(200).body("revision", equalTo(2));

        SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/submissions/" + correctedId + "/revisions").then()
                .statusCode(200).body("size()", equalTo(2)).body("[1].summary", equalTo("Bổ sung bản tin thứ sáu"));
    }

    @Test
    @Order(3)
    void theDepartmentReviewsASubmission() {
        Response current = SYSTEM.gateway(DevTokens.planner()).get("/api/v1/submissions/" + correctedId);
        SYSTEM.gateway(DevTokens.planner()).header("If-Match", current.header("ETag"))
                .body(Map.of("decision", "ACCEPT", "comment", "Đạt"))
                .post("/api/v1/submissions/" + correctedId + "/review").then()
                .statusCode(200).body("state", equalTo("ACCEPTED"));
        SYSTEM.gateway(DevTokens.viewer()).queryParam("planId", plan.id).queryParam("late", true).get("/api/v1/submissions").then()
                .statusCode(200).body("totalItems", equalTo(3));
    }

    @Test
    @Order(4)
    void theLiveReportStatesTheFiguresComputedByHand() {
        JsonPath report = SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/reports/plans/" + plan.id).then()
                .statusCode(200).extract().jsonPath();

        // Expected: III.1–III.3 by TTUDDV in 4 quarters (12), III.4 in Q2 by 2 leads (2), III.5 in Q1–Q2 (2), III.6 in Q4 (1).
        assertEquals(17, report.getInt("completeness.counts.expected"));
        assertEquals(5, report.getInt("completeness.counts.received"));
        assertEquals(2, report.getInt("completeness.counts.onTime"));
        assertEquals(3, report.getInt("completeness.counts.late"));
        assertEquals(12, report.getInt("completeness.counts.missing"));
        assertTrue(report.getList("completeness.missingUnits.code").contains("CCTDC"));
        assertEquals("OVERDUE", report.getString("tasks.find { it.code == 'III.4' }.status"));
        assertEquals("DONE", report.getString("tasks.find { it.code == 'III.5' }.status"));
        Map<String, Object> columns = report.getMap("tasks.find { it.code == 'III.3' }.indicators.find { it.code == 'CM' }");
        assertEquals(0, new java.math.BigDecimal(columns.get("achieved").toString()).compareTo(java.math.BigDecimal.valueOf(34)));
        assertEquals(0, new java.math.BigDecimal(columns.get("target").toString()).compareTo(java.math.BigDecimal.valueOf(36)));
        assertEquals("94.44", new java.math.BigDecimal(columns.get("percent").toString()).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals(6, report.getInt("tasks.find { it.code == 'III.3' }.indicators.find { it.code == 'BT' }.achieved"));
    }

    @Test
    @Order(5)
    void theConsolidatedSnapshotOpensAsTheOfficialDocument() throws Exception {
        String snapshot = SYSTEM.gateway(DevTokens.planner()).body(Map.of())
                .post("/api/v1/reports/plans/" + plan.id + "/snapshots").then().statusCode(201).extract().path("id");

        byte[] docx = SYSTEM.gateway(DevTokens.viewer()).queryParam("format", "docx")
                .get("/api/v1/reports/snapshots/" + snapshot).then().statusCode(200).extract().asByteArray();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (String expected : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Chi cục Tiêu chuẩn Đo lường Chất lượng", "Nơi nhận", "Nguyễn Văn Thành")) {
                assertTrue(text.contains(expected), () -> "the document lacks '" + expected + "':\n" + text);
            }
        }
        SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/reports/plans/" + plan.id + "/snapshots").then()
                .statusCode(200).body("items.id", hasItem(snapshot));
    }

    @Test
    @Order(6)
    void aRunOfTheScheduledJobIsRecorded() {
        String run = SYSTEM.gateway(DevTokens.admin()).post("/api/v1/reports/jobs/daily-snapshots/runs").then()
                .statusCode(201).body("outcome", equalTo("SUCCEEDED")).extract().path("id");

        SYSTEM.gateway(DevTokens.viewer()).queryParam("jobName", "daily-snapshots").get("/api/v1/reports/jobs").then()
                .statusCode(200).body("items.id", hasItem(run));
        SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/reports/jobs/daily-snapshots/runs/" + run).then()
                .statusCode(200).body("finishedAt", org.hamcrest.Matchers.notNullValue());
    }
}
