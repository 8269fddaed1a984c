package vn.planprogress.progress.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;
import static vn.planprogress.progress.ProgressFixtures.AFTER_DEADLINE;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_HCTH;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submission;
import static vn.planprogress.progress.ProgressFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.OutboxPages;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * Submissions created, corrected and reviewed are told in the outbox that the reports service relays
 * into the event feed: each exactly when its change is made, in order, with the submission as the
 * change left it and its unit; drafts tell no one; a reader resumes from the cursor it was last given.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class OutboxTests {

    private static final String RETURN = "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi";

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void createdReviewedCorrectedAndReviewedAgainAreHandedOutInOrderWithTheSubmissionAsEachLeftIt() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        fixtures.now("2022-11-07T08:00:00+07:00");
        review(DevTokens.planner(), id, "RETURN", RETURN).then().statusCode(200);
        fixtures.now("2022-11-08T08:00:00+07:00");
        Map<String, Object> correction = seedSubmission();
        correction.put("correctionReason", "Bổ sung minh chứng theo yêu cầu");
        put(REPORTER_TTUDDV, id, 1, correction).then().statusCode(200);
        fixtures.now("2022-11-09T08:00:00+07:00");
        review(DevTokens.admin(), id, "ACCEPT", null).then().statusCode(200);

        JsonPath outbox = OutboxPages.read(DevTokens.viewer(), "0.0");
        assertEquals(List.of("submission.created", "submission.reviewed", "submission.corrected", "submission.reviewed"),
                outbox.getList("items.type"));
        assertEquals(List.of("2022-11-05T09:00:00Z", "2022-11-07T01:00:00Z", "2022-11-08T01:00:00Z", "2022-11-09T01:00:00Z"),
                outbox.getList("items.occurredAt"));
        for (int i = 0; i < 4; i++) {
            assertEquals(PlansServiceStub.SEED_PLAN_ID, outbox.getString("items[" + i + "].planId"));
            assertEquals(List.of("TTUDDV"), outbox.getList("items[" + i + "].units"));
            Map<String, Object> data = outbox.getMap("items[" + i + "].data");
            assertEquals(id, data.get("submissionId"));
            assertEquals(PlansServiceStub.SEED_PLAN_ID, data.get("planId"));
            assertEquals("III.3", data.get("taskId"));
            assertEquals("TTUDDV", data.get("unitCode"));
            assertEquals("2022", data.get("period"));
        }
        assertEquals(List.of(1, 1, 2, 2), outbox.getList("items.data.revision"));
        assertEquals(List.of("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED"), outbox.getList("items.data.reviewStatus"));
        assertEquals(Map.of("decision", "RETURN", "comment", RETURN),
                Map.of("decision", outbox.get("items[1].data.decision"), "comment", outbox.get("items[1].data.comment")));
        assertEquals("ACCEPT", outbox.getString("items[3].data.decision"));
        assertFalse(outbox.getMap("items[3].data").containsKey("comment"), "an acceptance without a comment says none");
        assertFalse(outbox.getMap("items[0].data").containsKey("decision"));
        assertEquals(outbox.getString("items[3].cursor"), outbox.getString("next"));
    }

    @Test
    void aDraftTellsNoOneUntilItIsSubmitted() {
        Map<String, Object> draft = seedSubmission();
        draft.put("draft", true);
        String id = submitted(REPORTER_TTUDDV, draft);
        put(REPORTER_TTUDDV, id, 1, draft).then().statusCode(200);
        assertEquals(List.of(), OutboxPages.read(DevTokens.admin(), "0.0").getList("items"));

        put(REPORTER_TTUDDV, id, 2, seedSubmission()).then().statusCode(200);

        JsonPath outbox = OutboxPages.read(DevTokens.viewer(), "0.0");
        assertEquals(List.of("submission.created"), outbox.getList("items.type"));
        assertEquals(List.of(3), outbox.getList("items.data.revision"));
        assertEquals(List.of("SUBMITTED"), outbox.getList("items.data.reviewStatus"));
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        review(DevTokens.planner(), id, "ACCEPT", null).then().statusCode(200);

        assertProblem(fixtures.writesNothing(() -> post(REPORTER_TTUDDV, seedSubmission())), 409);
        assertProblem(fixtures.writesNothing(() -> post(REPORTER_HCTH, seedSubmission())), 403);
        assertProblem(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 7, seedSubmission())), 412);
        assertProblem(fixtures.writesNothing(() -> review(DevTokens.planner(), id, "RETURN", RETURN)), 409);
        fixtures.now(AFTER_DEADLINE);
        assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_TTUDDV, id, 1, seedSubmission())), "correctionReason");

        assertEquals(List.of("submission.created", "submission.reviewed"), OutboxPages.read(DevTokens.viewer(), "0.0").getList("items.type"));
    }

    @Test
    void aCreationRetriedWithItsIdempotencyKeyIsToldOnce() {
        as(REPORTER_TTUDDV).header("Idempotency-Key", "outbox-retry").body(seedSubmission()).post(SUBMISSIONS).then().statusCode(201);

        fixtures.writesNothing(() -> as(REPORTER_TTUDDV).header("Idempotency-Key", "outbox-retry").body(seedSubmission())
                .post(SUBMISSIONS)).then().statusCode(201).header("Idempotent-Replayed", "true");

        assertEquals(List.of("submission.created"), OutboxPages.read(DevTokens.viewer(), "0.0").getList("items.type"));
    }

    @Test
    void aReaderResumesFromTheLastNextItWasGivenWithNothingRepeatedOrSkipped() {
        String first = submitted(REPORTER_TTUDDV, submission("III.1", "TTUDDV"));
        submitted(REPORTER_TTUDDV, submission("III.2", "TTUDDV"));
        review(DevTokens.planner(), first, "ACCEPT", null).then().statusCode(200);
        List<String> all = OutboxPages.read(DevTokens.viewer(), "0.0").getList("items.id");

        OutboxPages.Walk oneByOne = OutboxPages.oneByOne(DevTokens.viewer(), "0.0", 10);
        String next = oneByOne.next();
        assertEquals(3, all.size());
        assertEquals(all, oneByOne.ids());

        String third = submitted(REPORTER_TTUDDV, submission("III.3", "TTUDDV"));
        JsonPath resumed = OutboxPages.read(DevTokens.admin(), next);
        assertEquals(List.of("submission.created"), resumed.getList("items.type"));
        assertEquals(List.of(third), resumed.getList("items.data.submissionId"));
    }

    @Test
    void theOutboxIsForThePlatformsServicesAndNamesWhatItRefuses() {
        assertProblem(given().get(OutboxPages.PATH), 401);
        assertProblem(as(REPORTER_TTUDDV).get(OutboxPages.PATH), 403);
        assertInvalidField(as(DevTokens.viewer()).queryParam("after", "abc").get(OutboxPages.PATH), "after");
        assertInvalidField(as(DevTokens.viewer()).queryParam("limit", 0).get(OutboxPages.PATH), "limit");
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertFalse(document.contains("/internal"), "the outbox is not part of the public contract");
    }

    private static Response review(String token, String id, String decision, String comment) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("decision", decision);
        if (comment != null) {
            body.put("comment", comment);
        }
        return as(token).body(body).post(SUBMISSIONS + "/" + id + "/review");
    }
}
