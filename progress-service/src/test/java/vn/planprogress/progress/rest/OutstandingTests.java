package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submission;
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

/** What a unit still owes for a period: the tasks it leads, due in the period, that it has not submitted on. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class OutstandingTests {

    private static final String OUTSTANDING = ProgressFixtures.SUBMISSIONS + "/outstanding?planId=" + PlansServiceStub.SEED_PLAN_ID;

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void beforeAnySubmissionEveryLeadUnitOwesEachOfItsTasks() {
        as(DevTokens.viewer()).get(OUTSTANDING + "&period=2022").then().statusCode(200)
                .body("period", equalTo("2022"))
                .body("unitDeadline", equalTo("2022-11-10"))
                .body("overdue", equalTo(false))
                .body("items.taskCode", contains("III.1", "III.2", "III.3", "III.4", "III.4", "III.5", "III.6"))
                .body("items.unitCode", contains("TTUDDV", "TTUDDV", "TTUDDV", "HCTH", "TTUDDV", "QLTC", "CCTDC"));
    }

    @Test
    void aUnitOwesWhatItHasNotSubmittedAndADraftDoesNotCount() {
        submitted(REPORTER_TTUDDV, seedSubmission());
        Map<String, Object> draft = submission("III.1", "TTUDDV");
        draft.put("draft", true);
        String draftId = submitted(REPORTER_TTUDDV, draft);
        // A coordinating unit's submission does not settle what the lead unit owes.
        submitted(DevTokens.reporter("HCTH"), submission("III.2", "HCTH"));

        Response owed = as(REPORTER_TTUDDV).get(OUTSTANDING + "&period=2022&unitCode=TTUDDV");

        owed.then().statusCode(200)
                .body("items.taskCode", contains("III.1", "III.2", "III.4"))
                .body("items.draftId", contains(equalTo(draftId), nullValue(), nullValue()))
                .body("items[0].taskTitle", equalTo("Mở mục tuyên truyền CCHC trên Trang Thông tin điện tử của Sở và cập nhật thông tin về CCHC"))
                .body("items[0].scheduleLabel", equalTo("Thường xuyên trong năm"));
        as(DevTokens.viewer()).get(OUTSTANDING + "&period=2022&unitCode=TTUDDV").then()
                .body("items.draftId", contains(nullValue(), nullValue(), nullValue()));
    }

    @Test
    void afterTheDeadlineWhatIsOwedIsOverdue() {
        fixtures.now("2022-11-11T00:00:00+07:00");

        as(DevTokens.viewer()).get(OUTSTANDING + "&period=2022&unitCode=CCTDC").then().statusCode(200)
                .body("overdue", equalTo(true)).body("items.taskCode", contains("III.6"));
        as(DevTokens.viewer()).get(OUTSTANDING + "&period=2022&unitCode=KHTC").then().statusCode(200).body("items", empty());
    }

    @Test
    void onACutOffPlanWhatIsOwedFollowsThePeriodsWindow() {
        String cutOff = ProgressFixtures.SUBMISSIONS + "/outstanding?planId=" + PlansServiceStub.CUT_OFF_PLAN_ID;
        // Task 1.2 (20 to 31 March 2023) is after the first quarter's cut-off (14 March): owed in 2023-Q2, 2023-H1 and 2023.
        as(DevTokens.viewer()).get(cutOff + "&period=2023-Q1").then().statusCode(200)
                .body("unitDeadline", equalTo("2023-03-16"))
                .body("items.taskCode", contains("1.1", "1.1")).body("items.unitCode", contains("HCTH", "CCVT"));
        as(DevTokens.viewer()).get(cutOff + "&period=2023-Q2").then().statusCode(200)
                .body("items.taskCode", contains("1.1", "1.1", "1.2"));
        as(DevTokens.viewer()).get(cutOff + "&period=2023-H1").then().statusCode(200)
                .body("items.taskCode", contains("1.1", "1.1", "1.2"));
        // Task 1.3 (October to December 2023) is in the fourth quarter's window (15 September to 14 December).
        as(DevTokens.viewer()).get(cutOff + "&period=2023-Q4&unitCode=TTRA").then().statusCode(200)
                .body("items.taskCode", contains("1.3"));
        as(DevTokens.viewer()).get(cutOff + "&period=2023-Q3&unitCode=TTRA").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void onACutOffPlanWhatIsOwedIsOverdueFromMidnightAfterThePeriodsUnitDeadline() {
        String q2 = ProgressFixtures.SUBMISSIONS + "/outstanding?planId=" + PlansServiceStub.CUT_OFF_PLAN_ID + "&period=2023-Q2";
        fixtures.now("2023-06-16T23:59:59+07:00");
        as(DevTokens.viewer()).get(q2).then().statusCode(200).body("unitDeadline", equalTo("2023-06-16")).body("overdue", equalTo(false));
        fixtures.now("2023-06-17T00:00:00+07:00");
        as(DevTokens.viewer()).get(q2).then().statusCode(200).body("overdue", equalTo(true));
    }

    @Test
    void thePeriodAskedAboutIsReadAsASubmissionsPeriod() {
        String cutOff = ProgressFixtures.SUBMISSIONS + "/outstanding?planId=" + PlansServiceStub.CUT_OFF_PLAN_ID;

        assertEquals("'2023-H3': a half is H1 or H2",
                Problems.assertInvalidField(as(DevTokens.viewer()).get(cutOff + "&period=2023-H3"), "period"));
        assertEquals("'2023-9M' is not a reporting period of plan 12/KH-SNV "
                        + "(QUARTERLY: 2023-Q1, 2023-Q2, 2023-Q3, 2023-Q4; SEMIANNUAL: 2023-H1, 2023-H2; ANNUAL: 2023)",
                Problems.assertInvalidField(as(DevTokens.viewer()).get(cutOff + "&period=2023-9M"), "period"));
    }

    @Test
    void thePlanAndPeriodAreRequiredAndMustExist() {
        Problems.assertInvalidField(as(DevTokens.viewer()).get(ProgressFixtures.SUBMISSIONS + "/outstanding?period=2022"), "planId");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(OUTSTANDING), "period");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(OUTSTANDING + "&period=2023"), "period");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(ProgressFixtures.SUBMISSIONS
                + "/outstanding?period=2022&planId=5b0e0c1a-0000-4000-8000-000000000001"), "planId");
    }
}
