package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.SubmissionsFake;

/** The live report of the seed plan, its figures computed by hand from {@link SeedScenario}. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class LiveReportTests {

    private static final String REPORT = "/api/v1/reports/plans/" + ServicesStub.SEED_PLAN_ID;

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
    void theSeedScenarioAddsUpAsComputedByHand() {
        JsonPath report = as(DevTokens.viewer()).get(REPORT).then().statusCode(200).extract().jsonPath();

        assertEquals("2022-11-12T03:00:00Z", report.getString("asOf"));
        assertEquals("2022-11-12", report.getString("reportDate"));
        assertEquals(List.of("2022"), report.getList("periods"));
        // 7 expected: III.1-3 TTUDDV, III.4 HCTH and TTUDDV, III.5 QLTC, III.6 CCTDC (lead units only).
        assertEquals(Map.of("expected", 7, "received", 5, "onTime", 4, "late", 1, "missing", 2),
                report.getMap("completeness.counts"));
        assertEquals(List.of("QLTC", "CCTDC"), report.getList("completeness.missingUnits.code"));
        assertEquals(List.of("Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng", "Chi cục Tiêu chuẩn Đo lường Chất lượng"),
                report.getList("completeness.missingUnits.name"));
        assertEquals(List.of("HCTH"), report.getList("completeness.lateUnits.code"));
        assertEquals("III.4", report.getString("completeness.lateUnits[0].tasks[0].taskCode"));
        // III.2 was first submitted at 23:59:59 of the deadline day in Asia/Ho_Chi_Minh: on time.
        assertEquals("ON_TIME", outcomeOf(report, "III.2", "TTUDDV"));
        // III.3 was corrected after the deadline: its first submission decides, so on time.
        assertEquals("ON_TIME", outcomeOf(report, "III.3", "TTUDDV"));
        assertEquals("LATE", outcomeOf(report, "III.4", "HCTH"));
        assertEquals("MISSING", outcomeOf(report, "III.6", "CCTDC"));

        assertEquals(List.of("DONE", "IN_PROGRESS", "IN_PROGRESS", "OVERDUE", "OVERDUE", "NOT_STARTED"), report.getList("tasks.status"));
        assertEquals(Map.of("total", 6, "done", 1, "inProgress", 2, "notStarted", 1, "overdue", 2), report.getMap("tasksByStatus"));
        // III.4 (Quý II) has two lead units; one has finished, the other has not, and Q2 is over: overdue.
        assertEquals(List.of("HCTH", "TTUDDV"), report.getList("tasks[3].leadUnits.code"));
        assertEquals(List.of("DONE", "IN_PROGRESS"), report.getList("tasks[3].leadUnits.status"));

        // BT: 5 of 6 in TTUDDV's latest revision as of 12/11 (the 13/11 correction is not seen).
        Map<String, Object> bulletins = report.getMap("tasks[2].indicators[0]");
        assertEquals(List.of("BT", 6, 5, 83.33f), List.of(bulletins.get("code"), bulletins.get("target"), bulletins.get("achieved"),
                bulletins.get("percent")));
        // CM: PT 12 + TH 12 + BAO (8 from TTUDDV's correction + 2 from HCTH, a coordinating unit) = 34 of 36.
        Map<String, Object> columns = report.getMap("tasks[2].indicators[1]");
        assertEquals(List.of("CM", 36, 34, 94.44f), List.of(columns.get("code"), columns.get("target"), columns.get("achieved"),
                columns.get("percent")));
        assertEquals(List.of("PT", "TH", "BAO"), report.getList("tasks[2].indicators[1].parts.code"));
        assertEquals(List.of(12, 12, 10), report.getList("tasks[2].indicators[1].parts.achieved"));
        assertEquals(List.of(100.0f, 100.0f, 83.33f), report.getList("tasks[2].indicators[1].parts.percent"));

        assertEquals(List.of("Kinh phí hạn chế", "Thiếu địa điểm tổ chức hội thảo ngày 18/5"), report.getList("difficulties.text"));
        assertEquals(List.of("TTUDDV", "HCTH"), report.getList("difficulties.unitCode"));
        assertEquals(List.of("Đề nghị bổ sung kinh phí", "Đề nghị tổ chức lại vào quý IV"), report.getList("proposals.text"));
        assertEquals("Sở Khoa học và Công nghệ", report.getString("document.issuer.name"));
        assertEquals("Ủy ban nhân dân tỉnh Quảng Ngãi", report.getString("document.parentBody"));
        assertEquals(List.of("UBND tỉnh (b/cáo)", "Sở Thông tin và Truyền thông", "Lưu: VT, HCTH"), report.getList("document.recipients"));
    }

    @Test
    void asOfShowsTheReportAsItStoodThenWithLaterRevisionsIgnored() {
        clock.set("2022-11-15T08:00:00+07:00");

        JsonPath later = as(DevTokens.viewer()).queryParam("asOf", "2022-11-14T00:00:00+07:00").get(REPORT)
                .then().statusCode(200).extract().jsonPath();

        assertEquals("2022-11-13T17:00:00Z", later.getString("asOf"));
        // CCTDC submitted on 13/11: received, late. TTUDDV's 13/11 correction now counts: BT 6, BAO 12 + 2.
        assertEquals(Map.of("expected", 7, "received", 6, "onTime", 4, "late", 2, "missing", 1), later.getMap("completeness.counts"));
        assertEquals(List.of(6, 38), later.getList("tasks[2].indicators.achieved"));
        assertEquals(List.of(100.0f, 105.56f), later.getList("tasks[2].indicators.percent"));
        assertEquals(List.of("DONE", "IN_PROGRESS", "DONE", "OVERDUE", "OVERDUE", "IN_PROGRESS"), later.getList("tasks.status"));
        ServicesStub.server().verify(getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS))
                .withQueryParam("asOf", WireMock.equalTo("2022-11-13T17:00:00Z")).withQueryParam("planId", WireMock.equalTo(ServicesStub.SEED_PLAN_ID)));

        JsonPath june = as(DevTokens.viewer()).queryParam("asOf", "2022-06-15T00:00:00+07:00").get(REPORT)
                .then().statusCode(200).extract().jsonPath();

        // Nothing was submitted by mid-June, and the Q2 tasks had not ended yet: nothing is overdue.
        assertEquals(Map.of("expected", 7, "received", 0, "onTime", 0, "late", 0, "missing", 7), june.getMap("completeness.counts"));
        assertEquals(Map.of("total", 6, "done", 0, "inProgress", 0, "notStarted", 6, "overdue", 0), june.getMap("tasksByStatus"));
        assertEquals(List.of(0, 0), june.getList("tasks[2].indicators.achieved"));
    }

    @Test
    void aPeriodReportNamesItsPeriodAndCountsTheSame() {
        as(DevTokens.viewer()).queryParam("period", "2022").get(REPORT).then()
                .statusCode(200)
                .body("period", is("2022"))
                .body("periods", contains("2022"))
                .body("completeness.counts.missing", is(2));
        ServicesStub.server().verify(getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS)).withQueryParam("period", WireMock.equalTo("2022")));

        as(DevTokens.viewer()).get(REPORT).then().statusCode(200).body("period", nullValue());
    }

    @Test
    void submissionsAreReadPageAfterPageToTheEnd() {
        SubmissionsFake.limitPageSize(2);

        JsonPath report = as(DevTokens.viewer()).get(REPORT).then().statusCode(200).extract().jsonPath();

        assertEquals(Map.of("expected", 7, "received", 5, "onTime", 4, "late", 1, "missing", 2), report.getMap("completeness.counts"));
        assertEquals(34, report.getInt("tasks[2].indicators[1].achieved"));
        // 6 submissions as of 12/11 (CCTDC's draft and later submission left out), 2 a page: pages 0 to 2.
        assertEquals(3, ServicesStub.server().countRequestsMatching(getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS)).build()).getCount());
    }

    @Test
    void theCallersTokenAndRequestIdReachEveryReadOfTheSources() {
        SubmissionsFake.limitPageSize(2); // pages 1 and 2 are read together, on the service's source-read threads
        String token = DevTokens.viewer();

        as(token).header("X-Request-Id", "bao-cao-quy-4").get(REPORT).then().statusCode(200);

        ServicesStub.server().verify(getRequestedFor(urlPathEqualTo("/api/v1/plans/" + ServicesStub.SEED_PLAN_ID + "/digest"))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withHeader("X-Request-Id", WireMock.equalTo("bao-cao-quy-4")));
        ServicesStub.server().verify(3, getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS)));
        ServicesStub.server().verify(3, getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + token))
                .withHeader("X-Request-Id", WireMock.equalTo("bao-cao-quy-4")));

        String other = DevTokens.reporter("TTUDDV");
        ServicesStub.server().resetRequests();
        as(other).get(REPORT).then().statusCode(200);
        ServicesStub.server().verify(3, getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS))
                .withHeader("Authorization", WireMock.equalTo("Bearer " + other)));
    }

    @Test
    void anUnknownPlanIsNotFound() {
        ServicesStub.answerDigest("9d0b6f3e-0000-4000-8000-000000000000", aResponse().withStatus(404));
        Map<String, Long> before = fixtures.rowCounts();

        Response response = as(DevTokens.viewer()).get("/api/v1/reports/plans/9d0b6f3e-0000-4000-8000-000000000000");

        Map<String, Object> problem = Problems.assertProblem(response, 404);
        assertTrue(problem.get("detail").toString().contains("9d0b6f3e-0000-4000-8000-000000000000"), problem.toString());
        assertEquals(before, fixtures.rowCounts());
        Problems.assertProblem(as(DevTokens.viewer()).get("/api/v1/reports/plans/not-a-uuid"), 400);
    }

    @Test
    void aPeriodThatIsNotThePlansIsRefusedNamingIt() {
        String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("period", "2022-Q2").get(REPORT), "period");

        assertTrue(message.contains("2022-Q2") && message.contains("its periods are 2022"), message);
        Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("period", "2021").get(REPORT), "period");
    }

    @Test
    void anAsOfInTheFutureOrMalformedIsRefusedNamingIt() {
        String future = Problems.assertInvalidField(
                as(DevTokens.viewer()).queryParam("asOf", "2022-11-12T10:00:01+07:00").get(REPORT), "asOf");
        assertTrue(future.contains("future"), future);

        for (String malformed : List.of("yesterday", "2022-11-12", "2022-11-12T10:00:00", "2022-13-01T00:00:00Z")) {
            String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("asOf", malformed).get(REPORT), "asOf");
            assertTrue(message.contains("ISO-8601"), message);
        }
        // The exact present is not in the future.
        as(DevTokens.viewer()).queryParam("asOf", "2022-11-12T10:00:00+07:00").get(REPORT).then().statusCode(200);
    }

    @Test
    void whenTheProgressServiceFailsTheReportIs503WithRetryAfterNeverPartial() {
        ServicesStub.answerSubmissions(aResponse().withStatus(500));

        Response down = as(DevTokens.viewer()).get(REPORT);

        Problems.assertProblem(down, 503);
        assertEquals("30", down.header("Retry-After"));

        ServicesStub.answerSubmissions(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        Problems.assertProblem(as(DevTokens.viewer()).get(REPORT), 503);
    }

    @Test
    void onceTheProgressServiceIsBackReportsAreReadAgainAfterTheBreakersDelay() {
        ServicesStub.answerSubmissions(aResponse().withStatus(500));
        for (int read = 0; read < 25; read++) {
            Problems.assertProblem(as(DevTokens.viewer()).get(REPORT), 503);
        }
        ServicesStub.server().resetRequests();
        Problems.assertProblem(as(DevTokens.viewer()).get(REPORT), 503);
        assertEquals(0, ServicesStub.server().countRequestsMatching(getRequestedFor(urlPathEqualTo(ServicesStub.SUBMISSIONS)).build())
                .getCount(), "the open breaker spares the failing service");

        ServicesStub.answerSubmissions(aResponse().withTransformers(SubmissionsFake.NAME));
        long giveUpAt = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        int status;
        do {
            pause(100);
            status = as(DevTokens.viewer()).get(REPORT).statusCode();
        } while (status != 200 && System.nanoTime() < giveUpAt);
        assertEquals(200, status, "the breaker lets a call through after its delay (500 ms here) and closes again");
    }

    @Test
    void aFailureOnALaterPageFailsTheWholeReport() {
        SubmissionsFake.limitPageSize(2);
        ServicesStub.server().stubFor(WireMock.get(urlPathEqualTo(ServicesStub.SUBMISSIONS))
                .withQueryParam("page", WireMock.equalTo("2")).atPriority(1).willReturn(aResponse().withStatus(502)));

        Response response = as(DevTokens.viewer()).get(REPORT);

        Problems.assertProblem(response, 503);
        assertEquals("30", response.header("Retry-After"));
    }

    @Test
    void whenThePlansServiceIsDownOrTooSlowTheReportIs503() {
        ServicesStub.answerDigest(ServicesStub.SEED_PLAN_ID, aResponse().withStatus(503));
        Problems.assertProblem(as(DevTokens.viewer()).get(REPORT), 503);

        ServicesStub.answerDigest(ServicesStub.SEED_PLAN_ID, aResponse().withFixedDelay(2500).withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}"));
        Response slow = as(DevTokens.viewer()).get(REPORT);
        Problems.assertProblem(slow, 503);
        assertEquals("30", slow.header("Retry-After"));
    }

    @Test
    void readingAReportNeedsAToken() {
        Problems.assertProblem(given().get(REPORT), 401);
        as(DevTokens.reporter("TTUDDV")).get(REPORT).then().statusCode(200);
        as(DevTokens.planner()).get(REPORT).then().statusCode(200);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String outcomeOf(JsonPath report, String task, String unit) {
        List<Map<String, Object>> items = report.getList("completeness.submissions");
        return items.stream().filter(i -> task.equals(i.get("taskCode")) && unit.equals(i.get("unitCode")))
                .map(i -> i.get("outcome").toString()).findFirst().orElseThrow();
    }
}
