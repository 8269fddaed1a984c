package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/** The department accepts or returns a submission; a returned one is corrected and resubmitted; every decision is kept. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class ReviewTests {

    private static final String RETURN = "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi";

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aPlannerAcceptsASubmission() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        review(DevTokens.planner(), id, "ACCEPT", null).then().statusCode(200)
                .header("ETag", "\"1\"").body("state", equalTo("ACCEPTED")).body("revision", equalTo(1));

        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).then().body("state", equalTo("ACCEPTED"));
    }

    @Test
    void aReturnedSubmissionIsCorrectedResubmittedAndAcceptedWithItsHistoryKept() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        fixtures.now("2022-11-07T08:00:00+07:00");
        review(DevTokens.planner(), id, "RETURN", RETURN).then().statusCode(200).body("state", equalTo("RETURNED"));
        fixtures.now("2022-11-08T08:00:00+07:00");
        Map<String, Object> correction = seedSubmission();
        correction.put("correctionReason", "Bổ sung minh chứng theo yêu cầu");
        put(REPORTER_TTUDDV, id, 1, correction).then().statusCode(200).body("state", equalTo("SUBMITTED")).body("revision", equalTo(2));
        fixtures.now("2022-11-09T08:00:00+07:00");
        review(DevTokens.admin(), id, "ACCEPT", "Đạt").then().statusCode(200).body("state", equalTo("ACCEPTED"));

        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id + "/reviews").then().statusCode(200)
                .body("revision", contains(1, 2))
                .body("decision", contains("RETURN", "ACCEPT"))
                .body("state", contains("RETURNED", "ACCEPTED"))
                .body("comment", contains(RETURN, "Đạt"))
                .body("reviewedBy", contains("planner@dev", "admin@dev"))
                .body("reviewedAt", contains("2022-11-07T01:00:00Z", "2022-11-09T01:00:00Z"));
        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id + "/revisions").then()
                .body("state", contains("RETURNED", "ACCEPTED"));
    }

    @Test
    void returningSaysWhatToFix() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        Response refused = fixtures.writesNothing(() -> review(DevTokens.planner(), id, "RETURN", " "));

        assertEquals("say what the unit should fix when returning a submission", Problems.assertInvalidField(refused, "comment"));
    }

    @Test
    void aDecisionIsRequiredAndKnown() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        Problems.assertInvalidField(fixtures.writesNothing(() -> as(DevTokens.planner()).body(Map.of("comment", "?"))
                .post(SUBMISSIONS + "/" + id + "/review")), "decision");
        Problems.assertInvalidField(fixtures.writesNothing(() -> review(DevTokens.planner(), id, "APPROVE", null)), "decision");
        Problems.assertInvalidField(fixtures.writesNothing(() -> review(DevTokens.planner(), id, "RETURN", "x".repeat(2001))), "comment");
    }

    @Test
    void onlyPlannersAndAdminsReview() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());

        Problems.assertProblem(fixtures.writesNothing(() -> review(REPORTER_TTUDDV, id, "ACCEPT", null)), 403);
        Problems.assertProblem(fixtures.writesNothing(() -> review(DevTokens.viewer(), id, "ACCEPT", null)), 403);
    }

    @Test
    void aDecidedSubmissionIsNotDecidedAgainUntilCorrected() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        review(DevTokens.planner(), id, "ACCEPT", null).then().statusCode(200);

        Map<String, Object> problem = Problems.assertProblem(
                fixtures.writesNothing(() -> review(DevTokens.planner(), id, "RETURN", RETURN)), 409);

        assertEquals("Submission " + id + " is ACCEPTED at revision 1; it is reviewed again once the unit corrects it", problem.get("detail"));
    }

    @Test
    void aDraftIsNotReviewed() {
        Map<String, Object> draft = seedSubmission();
        draft.put("draft", true);
        String id = submitted(REPORTER_TTUDDV, draft);

        Problems.assertProblem(fixtures.writesNothing(() -> review(DevTokens.planner(), id, "ACCEPT", null)), 403);
        Problems.assertProblem(fixtures.writesNothing(() -> review(DevTokens.admin(), id, "ACCEPT", null)), 409);
    }

    @Test
    void aReviewOnAStaleRevisionIsRefused() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        put(REPORTER_TTUDDV, id, 1, seedSubmission()).then().statusCode(200);

        Problems.assertProblem(fixtures.writesNothing(() -> as(DevTokens.planner()).header("If-Match", "\"1\"")
                .body(Map.of("decision", "ACCEPT")).post(SUBMISSIONS + "/" + id + "/review")), 412);
    }

    @Test
    void reviewingAnUnknownSubmissionIsNotFound() {
        Problems.assertProblem(review(DevTokens.planner(), "7d0c6b0e-3c0f-4f6e-9a7a-2b1d4c5e6f70", "ACCEPT", null), 404);
    }

    private static Response review(String token, String id, String decision, String comment) {
        Map<String, Object> body = comment == null ? Map.of("decision", decision) : Map.of("decision", decision, "comment", comment);
        return as(token).body(body).post(SUBMISSIONS + "/" + id + "/review");
    }
}
