package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * Timeliness: the first submitted revision against the end of the unit deadline day (10 November 2022
 * in Asia/Ho_Chi_Minh for the seed plan), settled once and carried by every later revision.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class TimelinessTests {

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aSubmissionInTheLastSecondOfTheDeadlineDayIsOnTime() {
        fixtures.now("2022-11-10T23:59:59+07:00");

        post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(201)
                .body("submittedAt", equalTo("2022-11-10T16:59:59Z"))
                .body("late", equalTo(false));
    }

    @Test
    void aSubmissionAtMidnightAfterTheDeadlineDayIsLate() {
        fixtures.now("2022-11-11T00:00:00+07:00");

        post(REPORTER_TTUDDV, seedSubmission()).then().statusCode(201)
                .body("firstSubmittedAt", equalTo("2022-11-10T17:00:00Z"))
                .body("late", equalTo(true))
                .body("lateCorrection", equalTo(false));
    }

    @Test
    void aCorrectionNeitherCuresNorCausesLateness() {
        fixtures.now("2022-11-11T08:00:00+07:00");
        String late = submitted(REPORTER_TTUDDV, seedSubmission());
        fixtures.now("2022-11-09T08:00:00+07:00");
        String onTime = submitted(ProgressFixtures.REPORTER_TTUDDV, ProgressFixtures.submission("III.1", "TTUDDV"));
        fixtures.now("2022-11-20T08:00:00+07:00");
        Map<String, Object> correction = seedSubmission();
        correction.put("correctionReason", "Cập nhật số liệu cuối năm");
        Map<String, Object> otherCorrection = ProgressFixtures.submission("III.1", "TTUDDV");
        otherCorrection.put("correctionReason", "Cập nhật số liệu cuối năm");

        put(REPORTER_TTUDDV, late, 1, correction).then().statusCode(200)
                .body("late", equalTo(true)).body("lateCorrection", equalTo(true))
                .body("firstSubmittedAt", equalTo("2022-11-11T01:00:00Z"));
        put(REPORTER_TTUDDV, onTime, 1, otherCorrection).then().statusCode(200)
                .body("late", equalTo(false)).body("lateCorrection", equalTo(true))
                .body("firstSubmittedAt", equalTo("2022-11-09T01:00:00Z"));
    }

    @Test
    void aDraftIsNotTimedUntilItIsSubmitted() {
        Map<String, Object> draft = seedSubmission();
        draft.put("draft", true);
        String id = submitted(REPORTER_TTUDDV, draft);
        fixtures.now("2022-11-12T08:00:00+07:00");

        Map<String, Object> stillDraft = seedSubmission();
        stillDraft.put("draft", true);
        put(REPORTER_TTUDDV, id, 1, stillDraft).then().statusCode(200)
                .body("late", nullValue()).body("lateCorrection", equalTo(false)).body("firstSubmittedAt", nullValue());
        // Submitting the draft is a first submission, late, not a correction: it needs no reason.
        put(REPORTER_TTUDDV, id, 2, seedSubmission()).then().statusCode(200)
                .body("late", equalTo(true)).body("lateCorrection", equalTo(false))
                .body("firstSubmittedAt", equalTo("2022-11-12T01:00:00Z"));
    }
}
