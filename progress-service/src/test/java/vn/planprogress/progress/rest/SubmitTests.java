package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/** A unit submits its progress on a task of the seed plan; who may submit for whom; one submission per key. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class SubmitTests {

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aReporterSubmitsForItsUnitAndReadsItBackAsSent() {
        Response created = post(REPORTER_TTUDDV, seedSubmission());

        created.then().statusCode(201)
                .header("Location", endsWith(SUBMISSIONS + "/" + created.path("id")))
                .header("ETag", "\"1\"")
                .body("revision", equalTo(1))
                .body("state", equalTo("SUBMITTED"))
                .body("submittedBy", equalTo("reporter.ttuddv@dev"))
                .body("submittedAt", equalTo("2022-11-05T09:00:00Z"))
                .body("firstSubmittedAt", equalTo("2022-11-05T09:00:00Z"))
                .body("unitDeadline", equalTo("2022-11-10"))
                .body("late", equalTo(false))
                .body("lateCorrection", equalTo(false));
        Response read = as(DevTokens.viewer()).get(SUBMISSIONS + "/" + created.path("id"));
        read.then().statusCode(200).header("ETag", "\"1\"")
                .body("planId", equalTo(PlansServiceStub.SEED_PLAN_ID))
                .body("taskCode", equalTo("III.3"))
                .body("unitCode", equalTo("TTUDDV"))
                .body("period", equalTo("2022"))
                .body("status", equalTo("IN_PROGRESS"))
                .body("values.indicatorCode", contains("BT", "CM", "CM", "CM"))
                .body("values.partCode", contains(nullValue(), equalTo("PT"), equalTo("TH"), equalTo("BAO")))
                .body("values.value", contains(5, 12, 12, 10))
                .body("evidence[0].url", equalTo("https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022"))
                .body("evidence[1].documentNumber", equalTo("125/BC-TTUDDV"))
                .body("evidence[1].documentDate", equalTo("2022-11-05"))
                .body("correctionReason", nullValue());
        assertEquals(created.jsonPath().getMap(""), read.jsonPath().getMap(""), "GET answers what POST answered");
    }

    @Test
    void vietnameseTextRoundTripsExactly() {
        Map<String, Object> body = seedSubmission();
        // The same words in composed (NFC) and decomposed (NFD) Unicode are kept as sent, not normalised.
        String decomposed = Normalizer.normalize("Khó khăn: thiếu kinh phí", Normalizer.Form.NFD);
        body.put("difficulties", decomposed);
        body.put("summary", "Đã xuất bản 05 bản tin; 12 Chuyên mục trên Báo Quảng Ngãi “đúng hạn”");

        String id = ProgressFixtures.submitted(REPORTER_TTUDDV, body);

        Response read = as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id);
        assertEquals(decomposed, read.path("difficulties"));
        assertEquals("Đã xuất bản 05 bản tin; 12 Chuyên mục trên Báo Quảng Ngãi “đúng hạn”", read.path("summary"));
        assertEquals("Báo cáo kết quả tuyên truyền CCHC", read.path("evidence[1].title"));
    }

    @Test
    void decimalValuesKeepTheirDigits() {
        Map<String, Object> body = seedSubmission();
        body.put("values", List.of(ProgressFixtures.value("BT", null, new BigDecimal("4.5"))));

        String id = ProgressFixtures.submitted(REPORTER_TTUDDV, body);

        String json = as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).asString();
        assertTrue(json.contains("\"value\":4.5"), json);
    }

    @Test
    void anAdminSubmitsForAnyUnit() {
        post(DevTokens.admin(), ProgressFixtures.submission("III.5", "QLTC")).then()
                .statusCode(201).body("unitCode", equalTo("QLTC")).body("submittedBy", equalTo("admin@dev"));
    }

    @Test
    void aReporterCannotSubmitForAnotherUnit() {
        Response refused = fixtures.writesNothing(() -> post(DevTokens.reporter("HCTH"), seedSubmission()));

        Map<String, Object> problem = Problems.assertProblem(refused, 403);
        assertEquals("A reporter submits for the unit of its token only (HCTH), not for TTUDDV", problem.get("detail"));
    }

    @Test
    void aReporterWithoutAUnitClaimCannotSubmit() {
        String noUnit = DevTokens.mint("reporter@dev", Set.of("reporter"), null, Duration.ofMinutes(5));

        Problems.assertProblem(fixtures.writesNothing(() -> post(noUnit, seedSubmission())), 403);
    }

    @Test
    void viewersAndPlannersDoNotSubmitAndAnonymousCallersAreAskedForAToken() {
        Problems.assertProblem(fixtures.writesNothing(() -> post(DevTokens.viewer(), seedSubmission())), 403);
        Problems.assertProblem(fixtures.writesNothing(() -> post(DevTokens.planner(), seedSubmission())), 403);
        Problems.assertProblem(fixtures.writesNothing(() -> RestAssured.given()
                .contentType("application/json").body(seedSubmission()).post(SUBMISSIONS)), 401);
    }

    @Test
    void aUnitSubmitsOncePerTaskAndPeriodAndCorrectsAfterwards() {
        String id = ProgressFixtures.submitted(REPORTER_TTUDDV, seedSubmission());

        Response again = fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission()));

        Map<String, Object> problem = Problems.assertProblem(again, 409);
        assertEquals("TTUDDV on task III.3 for 2022 is already submitted as submission " + id
                + "; correct it with PUT /api/v1/submissions/" + id, problem.get("detail"));
    }

    @Test
    void aDraftIsSavedUntimedAndSeenOnlyByItsUnitAndAdmins() {
        Map<String, Object> body = seedSubmission();
        body.put("draft", true);

        String id = post(REPORTER_TTUDDV, body).then().statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("firstSubmittedAt", nullValue())
                .body("late", nullValue())
                .extract().path("id");

        as(REPORTER_TTUDDV).get(SUBMISSIONS + "/" + id).then().statusCode(200).body("state", equalTo("DRAFT"));
        as(DevTokens.admin()).get(SUBMISSIONS + "/" + id).then().statusCode(200);
        Problems.assertProblem(as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id), 403);
        Problems.assertProblem(as(DevTokens.planner()).get(SUBMISSIONS + "/" + id), 403);
        Problems.assertProblem(as(DevTokens.reporter("HCTH")).get(SUBMISSIONS + "/" + id), 403);
        Problems.assertProblem(as(DevTokens.reporter("HCTH")).get(SUBMISSIONS + "/" + id + "/revisions"), 403);
    }

    @Test
    void anUnknownSubmissionIsNotFound() {
        Map<String, Object> problem = Problems.assertProblem(
                as(DevTokens.viewer()).get(SUBMISSIONS + "/7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70"), 404);

        assertEquals("No submission with id '7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70'", problem.get("detail"));
        Problems.assertProblem(as(DevTokens.viewer()).get(SUBMISSIONS + "/not-a-uuid"), 400);
        Problems.assertProblem(as(DevTokens.viewer()).get(SUBMISSIONS + "/7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70/revisions"), 404);
        Problems.assertProblem(as(DevTokens.viewer()).get(SUBMISSIONS + "/7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70/reviews"), 404);
    }
}
