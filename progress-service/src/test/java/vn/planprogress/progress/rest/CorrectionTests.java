package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.AFTER_DEADLINE;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submitted;
import static vn.planprogress.progress.ProgressFixtures.value;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.Concurrently;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/** Corrections make new revisions; every earlier one stays as it was, in the database's keeping too. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class CorrectionTests {

    @Inject
    ProgressFixtures fixtures;

    @TestHTTPResource("/")
    URI submissions;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void threeCorrectionsLeaveFourRevisionsOldestFirst() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        for (int revision = 1; revision <= 3; revision++) {
            fixtures.now("2022-11-0" + (5 + revision) + "T10:00:00+07:00");
            Map<String, Object> correction = correction(revision);
            put(REPORTER_TTUDDV, id, revision, correction).then().statusCode(200)
                    .header("ETag", "\"" + (revision + 1) + "\"")
                    .body("revision", equalTo(revision + 1))
                    .body("state", equalTo("SUBMITTED"));
        }

        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id + "/revisions").then().statusCode(200)
                .body("revision", contains(1, 2, 3, 4))
                .body("id", contains(id, id, id, id))
                .body("collect { it.values[0].value }", contains(5, 6, 7, 8))
                .body("collect { it.values[3].value }", contains(10, 11, 12, 13))
                .body("summary", contains("Đã xuất bản 05 bản tin và 34 chuyên mục khoa học và công nghệ",
                        "Lần sửa 1", "Lần sửa 2", "Lần sửa 3"))
                .body("correctionReason", contains(nullValue(), equalTo("Bổ sung số liệu lần 1"),
                        equalTo("Bổ sung số liệu lần 2"), equalTo("Bổ sung số liệu lần 3")))
                .body("submittedAt", contains("2022-11-05T09:00:00Z", "2022-11-06T03:00:00Z", "2022-11-07T03:00:00Z",
                        "2022-11-08T03:00:00Z"))
                .body("firstSubmittedAt", contains("2022-11-05T09:00:00Z", "2022-11-05T09:00:00Z", "2022-11-05T09:00:00Z",
                        "2022-11-05T09:00:00Z"))
                .body("late", contains(false, false, false, false));
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).then().statusCode(200)
                .header("ETag", "\"4\"").body("revision", equalTo(4)).body("summary", equalTo("Lần sửa 3"));
        assertEquals(1, fixtures.count("select count(*) from submission"));
        assertEquals(4, fixtures.count("select count(*) from revision"));
    }

    @Test
    void aCorrectionOnAStaleRevisionIsRefused() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        put(REPORTER_TTUDDV, id, 1, correction(1)).then().statusCode(200);

        Response stale = fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, correction(2)));

        Map<String, Object> problem = Problems.assertProblem(stale, 412);
        assertTrue(problem.get("detail").toString().contains("current ETag \"2\""), problem.toString());
    }

    @Test
    void ofTenCorrectionsOfTheSameRevisionAtOnceOneIsMadeAndTheOthersAreTold() throws Exception {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        HttpRequest correction = HttpRequest.newBuilder(submissions.resolve(SUBMISSIONS + "/" + id))
                .header("Authorization", "Bearer " + REPORTER_TTUDDV)
                .header("Content-Type", "application/json")
                .header("If-Match", "\"1\"")
                .PUT(HttpRequest.BodyPublishers.ofString(new ObjectMapper().writeValueAsString(correction(1))))
                .build();

        var answers = Concurrently.send(10, correction);

        assertEquals(Map.of(200, 1L, 412, 9L), Concurrently.statuses(answers));
        assertEquals(2, fixtures.count("select count(*) from revision"));
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).then().body("revision", equalTo(2));
    }

    @Test
    void aCorrectionWithoutIfMatchIsRefused() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        Response blind = fixtures.writesNothing(() -> as(REPORTER_TTUDDV).body(correction(1)).put(SUBMISSIONS + "/" + id));

        Problems.assertProblem(blind, 428);
    }

    @Test
    void aCorrectionAfterTheDeadlineMustSayWhyAndIsFlagged() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        fixtures.now(AFTER_DEADLINE);
        Map<String, Object> noReason = correction(1);
        noReason.remove("correctionReason");

        Response refused = fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, noReason));

        assertEquals("the unit deadline 2022-11-10 has passed: a correction now must say why it is made",
                Problems.assertInvalidField(refused, "correctionReason"));
        noReason.put("correctionReason", "  ");
        Problems.assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, noReason)), "correctionReason");
        put(REPORTER_TTUDDV, id, 1, correction(1)).then().statusCode(200)
                .body("lateCorrection", equalTo(true))
                .body("late", equalTo(false))
                .body("correctionReason", equalTo("Bổ sung số liệu lần 1"));
    }

    @Test
    void aCorrectionBeforeTheDeadlineNeedsNoReason() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        Map<String, Object> noReason = correction(1);
        noReason.remove("correctionReason");

        put(REPORTER_TTUDDV, id, 1, noReason).then().statusCode(200)
                .body("lateCorrection", equalTo(false)).body("correctionReason", nullValue());
    }

    @Test
    void aCorrectionMayRepeatButNotChangeWhatTheSubmissionIsAbout() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        Map<String, Object> repeated = seedSubmission();
        repeated.put("correctionReason", "Bổ sung");
        put(REPORTER_TTUDDV, id, 1, repeated).then().statusCode(200);

        for (Map.Entry<String, Object> change : Map.<String, Object>of("taskCode", "III.1", "period", "2023", "unitCode", "HCTH",
                "planId", "5b0e0c1a-0000-4000-8000-000000000001").entrySet()) {
            Map<String, Object> moved = seedSubmission();
            moved.put(change.getKey(), change.getValue());

            String message = Problems.assertInvalidField(fixtures.writesNothing(() -> put(DevTokens.admin(), id, 2, moved)), change.getKey());

            assertTrue(message.startsWith("a correction cannot"), message);
        }
    }

    @Test
    void aCorrectionKeepsTheRulesOfThePlan() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        Map<String, Object> negative = correction(1);
        negative.put("values", List.of(value("BT", null, -2)));
        Map<String, Object> otherTask = correction(1);
        otherTask.put("values", List.of(value("XYZ", null, 2)));
        Map<String, Object> longReason = correction(1);
        longReason.put("correctionReason", "x".repeat(2001));

        Problems.assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, negative)), "values[0].value");
        Problems.assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, otherTask)), "values[0].indicatorCode");
        Problems.assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, longReason)), "correctionReason");
    }

    @Test
    void onlyTheUnitOrAnAdminCorrects() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        Problems.assertProblem(fixtures.writesNothing(() -> put(DevTokens.reporter("HCTH"), id, 1, correction(1))), 403);
        Problems.assertProblem(fixtures.writesNothing(() -> put(DevTokens.planner(), id, 1, correction(1))), 403);
        put(DevTokens.admin(), id, 1, correction(1)).then().statusCode(200).body("submittedBy", equalTo("admin@dev"));
    }

    @Test
    void correctingAnUnknownSubmissionIsNotFound() {
        Problems.assertProblem(fixtures.writesNothing(() ->
                put(REPORTER_TTUDDV, "7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70", 1, correction(1))), 404);
    }

    @Test
    void aDraftIsSubmittedByACorrectionAndCannotGoBack() {
        Map<String, Object> draft = seedSubmission();
        draft.put("draft", true);
        String id = submitted(REPORTER_TTUDDV, draft);
        fixtures.now("2022-11-08T10:00:00+07:00");

        Map<String, Object> stillDraft = correction(1);
        stillDraft.put("draft", true);
        put(REPORTER_TTUDDV, id, 1, stillDraft).then().statusCode(200).body("state", equalTo("DRAFT")).body("revision", equalTo(2));
        put(REPORTER_TTUDDV, id, 2, correction(2)).then().statusCode(200)
                .body("state", equalTo("SUBMITTED"))
                .body("firstSubmittedAt", equalTo("2022-11-08T03:00:00Z"))
                .body("late", equalTo(false));

        Map<String, Object> backToDraft = correction(3);
        backToDraft.put("draft", true);
        assertEquals("submission " + id + " is already submitted; it cannot go back to a draft",
                Problems.assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 3, backToDraft)), "draft"));
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id + "/revisions").then()
                .body("revision", contains(3)).body("state", contains("SUBMITTED"));
        as(REPORTER_TTUDDV).get(SUBMISSIONS + "/" + id + "/revisions").then()
                .body("revision", contains(1, 2, 3)).body("state", contains("DRAFT", "DRAFT", "SUBMITTED"));
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARevision() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        IllegalStateException update = assertThrows(IllegalStateException.class,
                () -> fixtures.sql("update revision set summary = 'sửa lén' where submission_id = '" + id + "'"));
        IllegalStateException delete = assertThrows(IllegalStateException.class,
                () -> fixtures.sql("delete from revision where submission_id = '" + id + "'"));

        assertTrue(update.getMessage().contains("revision rows are append-only: UPDATE refused"), update.getMessage());
        assertTrue(delete.getMessage().contains("revision rows are append-only: DELETE refused"), delete.getMessage());
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).then()
                .body("summary", equalTo("Đã xuất bản 05 bản tin và 34 chuyên mục khoa học và công nghệ"));
    }

    /** The n-th correction of the seed submission: BT goes to 5 + n. */
    private static Map<String, Object> correction(int n) {
        Map<String, Object> body = seedSubmission();
        body.remove("planId");
        body.remove("taskCode");
        body.remove("unitCode");
        body.remove("period");
        body.put("values", List.of(value("BT", null, 5 + n), value("CM", "PT", 12), value("CM", "TH", 12), value("CM", "BAO", 10 + n)));
        body.put("summary", "Lần sửa " + n);
        body.put("correctionReason", "Bổ sung số liệu lần " + n);
        return body;
    }
}
