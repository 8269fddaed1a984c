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
    void onACutOffPlanTheLastSecondOfTheUnitDeadlineDayIsOnTimeAndTheNextLate() {
        // 2023-Q2 of 12/KH-SNV: window 15 March to 14 June 2023, due 2 working days later, on Friday 16 June.
        fixtures.now("2023-06-16T23:59:59+07:00");
        post(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023-Q2")).then().statusCode(201)
                .body("unitDeadline", equalTo("2023-06-16"))
                .body("firstSubmittedAt", equalTo("2023-06-16T16:59:59Z"))
                .body("late", equalTo(false));

        fixtures.now("2023-06-17T00:00:00+07:00");
        post(ProgressFixtures.REPORTER_CCVT, ProgressFixtures.cutOffSubmission("CCVT", "2023-Q2")).then().statusCode(201)
                .body("firstSubmittedAt", equalTo("2023-06-16T17:00:00Z"))
                .body("late", equalTo(true));
    }

    @Test
    void eachPeriodOfACutOffPlanIsTimedByItsOwnUnitDeadline() {
        // On 17 June 2023 the quarter (due 16 June) is late, the half (due Sunday 18 June) is not.
        fixtures.now("2023-06-17T10:00:00+07:00");

        post(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023-Q2")).then().statusCode(201)
                .body("late", equalTo(true));
        post(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023-H1")).then().statusCode(201)
                .body("unitDeadline", equalTo("2023-06-18")).body("late", equalTo(false));
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
