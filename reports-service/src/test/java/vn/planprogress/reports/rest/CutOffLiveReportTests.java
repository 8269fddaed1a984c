package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.CutOffScenario;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.ServicesStub;

/**
 * The live report (and a snapshot's documents) of the quarterly + six-month + yearly cut-off plan of {@link CutOffScenario},
 * through the REST API with the plans and progress services faked over HTTP; figures worked by hand from the scenario.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class CutOffLiveReportTests {

    private static final String PLAN = CutOffScenario.PLAN.toString();
    private static final String REPORT = "/api/v1/reports/plans/" + PLAN;
    private static final String LOCK_EXCEPTIONS = "/api/v1/plans/" + PLAN + "/lock-exceptions";

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void cutOffScenario() {
        fixtures.reset();
        ServicesStub.serve(CutOffScenario.digestJson());
        ServicesStub.serveLockExceptions(PLAN, CutOffScenario.lockExceptions());
        CutOffScenario.record();
        clock.set("2024-01-10T10:00:00+07:00");
    }

    @Test
    void theYearsReportAddsUpAsComputedByHand() {
        String token = DevTokens.viewer();
        JsonPath report = as(token).get(REPORT).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-Q4", "2023-H2", "2023"), report.getList("periods"));
        // 7 windows x 2 units on task 1, 4 windows on task 2, none on task 3: 18; 12 received, 8 on time, 4 late, 6 missing.
        assertEquals(Map.of("expected", 18, "received", 12, "onTime", 8, "late", 4, "missing", 6), report.getMap("completeness.counts"));
        Map<String, Object> underE1 = item(report, "1", "CCHC", "2023-Q3");
        assertEquals("LATE", underE1.get("outcome"));
        assertEquals(Map.of("id", CutOffScenario.E1.toString(), "until", "2023-10-05", "reason", "Bổ sung số liệu quý III theo đề nghị của đơn vị",
                "createdBy", "planner@dev"), underE1.get("lockException"));
        assertEquals(CutOffScenario.E2.toString(), ((Map<?, ?>) item(report, "2", "HCTH", "2023-Q2").get("lockException")).get("id"));
        assertEquals(false, item(report, "1", "CCHC", "2023-Q2").containsKey("lockException"));
        // Task 1 is reported until 14/03/2024 (the window of 2024-Q1 holds 31/12): in progress, not overdue.
        assertEquals(List.of("IN_PROGRESS", "DONE", "NOT_STARTED"), report.getList("tasks.status"));

        // TL: mean of HCTH 92 and CCHC 90 = 91, 91/95 → 95.79; DVC weighted 2:1 → 91.33, 96.14.
        Map<String, Object> tl = indicator(report, "TL");
        assertEquals(List.of("PERCENT", 91, 95.79f), List.of(tl.get("measure"), tl.get("achieved"), tl.get("percent")));
        assertEquals(List.of("HCTH", "CCHC"), report.getList("tasks[0].indicators[0].units.unitCode"));
        assertEquals(List.of(92, 90), report.getList("tasks[0].indicators[0].units.value"));
        assertEquals(Map.of("value", 88.5f, "year", 2022, "note", "Báo cáo năm 2022"), tl.get("baseline"));
        assertEquals(List.of(91.33f, 96.14f), List.of(indicator(report, "DVC").get("achieved"), indicator(report, "DVC").get("percent")));
        // HS cumulative: 980 + 55 = 1035 of 1000; TB summed over quarters only: 42 of 40.
        assertEquals(List.of("LATEST", 1035, 103.5f), List.of(indicator(report, "HS").get("aggregation"), indicator(report, "HS").get("achieved"),
                indicator(report, "HS").get("percent")));
        assertEquals(List.of(42, 105.0f), List.of(indicator(report, "TB").get("achieved"), indicator(report, "TB").get("percent")));
        assertEquals(true, indicator(report, "KQ").get("reported"));
        assertEquals("Đã triển khai một cửa liên thông tại 3 phòng", report.getString("tasks[0].indicators[4].units[0].text"));
        assertEquals(List.of("DECREASE", 60.0f), List.of(indicator(report, "TG").get("direction"), indicator(report, "TG").get("percent")));

        ServicesStub.server().verify(1, getRequestedFor(urlPathEqualTo(LOCK_EXCEPTIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token)));
    }

    @Test
    void aQuartersReportTimesItsSubmissionsToTheSecondAndTakesItsOwnTargets() {
        JsonPath q2 = as(DevTokens.viewer()).queryParam("period", "2023-Q2").queryParam("asOf", "2023-07-10T10:00:00+07:00").get(REPORT)
                .then().statusCode(200).extract().jsonPath();

        // HCTH at 23:59:59 on 16/06, the deadline: on time; CCHC at 00:00:00 on 17/06: late; task 2 on 03/07 under E2: late.
        assertEquals(List.of("ON_TIME", "LATE", "LATE"), q2.getList("completeness.submissions.outcome"));
        assertEquals(List.of("2023-06-16T16:59:59Z", "2023-06-16T17:00:00Z", "2023-07-03T03:00:00Z"),
                q2.getList("completeness.submissions.firstSubmittedAt"));
        // HS: 450 + 30 = 480 of Q2's own 500; TB: 12 + 3 = 15 of Q2's own 10.
        assertEquals(List.of(500, 480, 96.0f), List.of(indicator(q2, "HS").get("target"), indicator(q2, "HS").get("achieved"),
                indicator(q2, "HS").get("percent")));
        assertEquals(List.of(10, 15, 150.0f), List.of(indicator(q2, "TB").get("target"), indicator(q2, "TB").get("achieved"),
                indicator(q2, "TB").get("percent")));
        ServicesStub.server().verify(getRequestedFor(urlPathEqualTo(LOCK_EXCEPTIONS)).withQueryParam("period", WireMock.equalTo("2023-Q2")));
    }

    @Test
    void lockExceptionsAnsweredAsAPageAreReadToo() {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", CutOffScenario.lockExceptions());
        page.put("page", 0);
        page.put("size", 20);
        page.put("totalItems", 3);
        page.put("totalPages", 1);
        ServicesStub.answerLockExceptions(PLAN, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(json(page)));

        JsonPath report = as(DevTokens.viewer()).get(REPORT).then().statusCode(200).extract().jsonPath();

        assertEquals(CutOffScenario.E1.toString(), ((Map<?, ?>) item(report, "1", "CCHC", "2023-Q3").get("lockException")).get("id"));
    }

    @Test
    void whenTheLockExceptionsCannotBeReadTheReportIs503NeverWithoutThem() {
        ServicesStub.answerLockExceptions(PLAN, aResponse().withStatus(500));
        Map<String, Long> before = fixtures.rowCounts();

        Response down = as(DevTokens.viewer()).get(REPORT);

        Problems.assertProblem(down, 503);
        assertEquals("30", down.header("Retry-After"));
        Problems.assertProblem(as(DevTokens.planner()).post(REPORT + "/snapshots"), 503);
        assertEquals(before, fixtures.rowCounts());
    }

    @Test
    void aPlanWhosePeriodsNeverLockIsReportedWithoutAskingForLockExceptions() {
        as(DevTokens.viewer()).get("/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID).then().statusCode(200);

        ServicesStub.server().verify(0, getRequestedFor(urlPathEqualTo("/api/v1/plans/" + ServicesStub.SEED_PLAN_ID + "/lock-exceptions")));
    }

    @Test
    void aPeriodCodeThatSpellsNoPeriodIsRefusedWithTheCalendarsRule() {
        String half = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("period", "2023-H3").get(REPORT), "period");
        assertTrue(half.contains("a half is H1 or H2"), half);
        String notThePlans = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("period", "2023-05").get(REPORT), "period");
        assertTrue(notThePlans.contains("is not a reporting period of plan 12/KH-SNV"), notThePlans);
    }

    @Test
    void theSnapshotsCsvAndDocxStateMeasureDirectionBaselineAndEachUnitsResult() throws IOException {
        String id = as(DevTokens.planner()).post(REPORT + "/snapshots").then().statusCode(201).extract().path("id");

        byte[] csv = as(DevTokens.viewer()).queryParam("format", "csv").get("/api/v1/reports/snapshots/" + id).then().statusCode(200)
                .extract().asByteArray();
        List<String> lines = Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n", -1));
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",Tỷ lệ (%),Loại chỉ tiêu,Xu hướng,Cách tính,Giá trị cơ sở,Năm cơ sở,"
                + "Mã đơn vị báo cáo,Đơn vị báo cáo")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",TL,Tỷ lệ hồ sơ giải quyết đúng hạn,,%,95,91,95.79,Tỷ lệ (%),Tăng,,88.5,2022,,")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",TL,Tỷ lệ hồ sơ giải quyết đúng hạn,,%,,90,,,,,,,CCHC,Phòng Cải cách hành chính")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",KQ,Kết quả triển khai cơ chế một cửa liên thông,,,,Đã báo cáo,,Định tính,")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",KT,Báo cáo kết quả rà soát,,,,Chưa báo cáo,,Định tính,")), lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",Đã triển khai một cửa liên thông tại 3 phòng,,,,,,,HCTH,Phòng Hành chính - Tổng hợp")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(l -> l.contains(",TG,Thời gian giải quyết hồ sơ trung bình,,ngày,10,12,60.00,Số lượng,Giảm,Lũy kế,15,2022,")),
                lines::toString);

        assertTrue(lines.contains("1,CCHC,Phòng Cải cách hành chính,2023-Q3,18/09/2023,Trễ hạn,02/10/2023 09:00,05/10/2023,"
                + "Bổ sung số liệu quý III theo đề nghị của đơn vị,planner@dev"), lines::toString);
        assertTrue(lines.contains("1,CCHC,Phòng Cải cách hành chính,2023-Q2,16/06/2023,Trễ hạn,17/06/2023 00:00,,,"), lines::toString);

        byte[] docx = as(DevTokens.viewer()).queryParam("format", "docx").get("/api/v1/reports/snapshots/" + id).then().statusCode(200)
                .extract().asByteArray();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            for (String expected : List.of("(tỷ lệ; giá trị cơ sở: 88,5 (năm 2022))", "91 % (95,79%)",
                    "- HCTH: 92", "- CCHC: 90", "(giảm; lũy kế; giá trị cơ sở: 15 (năm 2022))",
                    "Đã báo cáo", "- HCTH: Đã triển khai một cửa liên thông tại 3 phòng", "Chưa báo cáo",
                    "- Báo cáo gửi sau khi khóa số liệu, theo mở khóa: Phòng Cải cách hành chính (nhiệm vụ 1, quý III năm 2023, mở khóa "
                            + "đến ngày 05/10/2023: Bổ sung số liệu quý III theo đề nghị của đơn vị); Phòng Hành chính - Tổng hợp (nhiệm vụ 2, "
                            + "quý II năm 2023, mở khóa đến ngày 05/07/2023: Bổ sung số liệu quý II theo đề nghị của đơn vị).")) {
                assertTrue(text.contains(expected), () -> expected + " in " + text);
            }
        }
    }

    private static Map<String, Object> item(JsonPath report, String task, String unit, String period) {
        List<Map<String, Object>> items = report.getList("completeness.submissions");
        return items.stream().filter(i -> task.equals(i.get("taskCode")) && unit.equals(i.get("unitCode")) && period.equals(i.get("period")))
                .findFirst().orElseThrow();
    }

    private static Map<String, Object> indicator(JsonPath report, String code) {
        List<Map<String, Object>> indicators = report.getList("tasks.indicators.flatten()");
        return indicators.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }

    private static String json(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
