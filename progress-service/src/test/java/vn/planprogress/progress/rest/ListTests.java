package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.submission;
import static vn.planprogress.progress.ProgressFixtures.submitted;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * The submissions list, as department leaders and the reports service read it: filtered, paged, drafts
 * hidden from all but their unit and admins, and as it stood at an instant.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class ListTests {

    private static final String PLAN = PlansServiceStub.SEED_PLAN_ID;

    @Inject
    ProgressFixtures fixtures;

    /** III.1 by TTUDDV (done, late), III.3 by TTUDDV (in progress), III.4 by HCTH (done, accepted), III.5 by QLTC (a draft). */
    @BeforeEach
    void fourSubmissions() {
        fixtures.reset();
        submitted(REPORTER_TTUDDV, seedSubmission());
        Map<String, Object> hcth = submission("III.4", "HCTH");
        hcth.put("status", "DONE");
        String accepted = submitted(DevTokens.reporter("HCTH"), hcth);
        as(DevTokens.planner()).body(Map.of("decision", "ACCEPT")).post(SUBMISSIONS + "/" + accepted + "/review").then().statusCode(200);
        Map<String, Object> draft = submission("III.5", "QLTC");
        draft.put("draft", true);
        submitted(DevTokens.reporter("QLTC"), draft);
        fixtures.now(ProgressFixtures.AFTER_DEADLINE);
        Map<String, Object> late = submission("III.1", "TTUDDV");
        late.put("status", "DONE");
        submitted(REPORTER_TTUDDV, late);
    }

    @Test
    void aViewerSeesEverySubmittedOneInTaskOrder() {
        list(DevTokens.viewer(), "planId=" + PLAN)
                .body("items.taskCode", contains("III.1", "III.3", "III.4"))
                .body("totalItems", equalTo(3))
                .body("page", equalTo(0))
                .body("size", equalTo(20))
                .body("totalPages", equalTo(1));
    }

    @Test
    void draftsAppearOnlyToTheirUnitAndAdmins() {
        list(DevTokens.reporter("QLTC"), "size=20").body("items.taskCode", contains("III.1", "III.3", "III.4", "III.5"));
        list(DevTokens.admin(), "state=DRAFT").body("items.unitCode", contains("QLTC"));
        list(DevTokens.reporter("HCTH"), "size=20").body("items.taskCode", contains("III.1", "III.3", "III.4"));
        list(DevTokens.planner(), "state=DRAFT").body("items", empty()).body("totalItems", equalTo(0));
    }

    @Test
    void filtersNarrowTheList() {
        list(DevTokens.viewer(), "unitCode=TTUDDV").body("items.taskCode", contains("III.1", "III.3"));
        list(DevTokens.viewer(), "taskCode=III.4").body("items.unitCode", contains("HCTH"));
        list(DevTokens.viewer(), "period=2022").body("totalItems", equalTo(3));
        list(DevTokens.viewer(), "period=2023").body("totalItems", equalTo(0));
        list(DevTokens.viewer(), "status=DONE").body("items.taskCode", contains("III.1", "III.4"));
        list(DevTokens.viewer(), "state=ACCEPTED").body("items.taskCode", contains("III.4"));
        list(DevTokens.viewer(), "state=SUBMITTED").body("items.taskCode", contains("III.1", "III.3"));
        list(DevTokens.viewer(), "late=true").body("items.taskCode", contains("III.1"));
        list(DevTokens.viewer(), "late=false&unitCode=TTUDDV").body("items.taskCode", contains("III.3"));
        list(DevTokens.viewer(), "planId=5b0e0c1a-0000-4000-8000-000000000001").body("totalItems", equalTo(0));
    }

    @Test
    void pagesCoverTheWholeList() {
        list(DevTokens.viewer(), "size=2&page=0").body("items.taskCode", contains("III.1", "III.3"))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2));
        list(DevTokens.viewer(), "size=2&page=1").body("items.taskCode", contains("III.4"));
        list(DevTokens.viewer(), "size=2&page=2").body("items", empty());
    }

    @Test
    void asOfShowsEachSubmissionAsItStoodThen() {
        fixtures.reset();
        String id = submitted(REPORTER_TTUDDV, seedSubmission());
        fixtures.now("2022-11-06T10:00:00+07:00");
        as(DevTokens.planner()).body(Map.of("decision", "RETURN", "comment", "Thiếu minh chứng"))
                .post(SUBMISSIONS + "/" + id + "/review").then().statusCode(200);
        fixtures.now("2022-11-08T10:00:00+07:00");
        Map<String, Object> correction = seedSubmission();
        correction.put("summary", "Bổ sung minh chứng");
        put(REPORTER_TTUDDV, id, 1, correction).then().statusCode(200);
        fixtures.now("2022-11-09T10:00:00+07:00");
        as(DevTokens.planner()).body(Map.of("decision", "ACCEPT")).post(SUBMISSIONS + "/" + id + "/review").then().statusCode(200);
        Map<String, Object> draft = submission("III.5", "QLTC");
        draft.put("draft", true);
        submitted(DevTokens.admin(), draft);

        list(DevTokens.admin(), "asOf=2022-11-05T15:59:59%2B07:00").body("items", empty());
        asOf("2022-11-05T16:00:00+07:00").body("items.revision", contains(1)).body("items.state", contains("SUBMITTED"))
                .body("items.firstSubmittedAt", contains("2022-11-05T09:00:00Z")).body("items.late", contains(false));
        asOf("2022-11-07T00:00:00+07:00").body("items.revision", contains(1)).body("items.state", contains("RETURNED"));
        asOf("2022-11-08T12:00:00+07:00").body("items.revision", contains(2)).body("items.state", contains("SUBMITTED"))
                .body("items.summary", contains("Bổ sung minh chứng"));
        asOf("2022-11-10T00:00:00Z").body("items.revision", contains(2)).body("items.state", contains("ACCEPTED"));
        asOf("2022-11-10T00:00:00Z&state=RETURNED").body("items", empty());
        asOf("2022-11-07T00:00:00+07:00&state=RETURNED").body("items.id", contains(id));
    }

    @Test
    void badFiltersAreNamed() {
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?status=FINISHED"), "status");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?state=OPEN"), "state");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?late=yes"), "late");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?asOf=10/11/2022"), "asOf");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?planId=KH-SKHCN"), "planId");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?size=201"), "size");
        Problems.assertInvalidField(as(DevTokens.viewer()).get(SUBMISSIONS + "?page=-1"), "page");
    }

    @Test
    void anAnonymousCallerIsAskedForAToken() {
        Problems.assertProblem(RestAssured.get(SUBMISSIONS), 401);
    }

    private static ValidatableResponse asOf(String instantAndMore) {
        return list(DevTokens.admin(), "asOf=" + instantAndMore.replace("+", "%2B"));
    }

    private static ValidatableResponse list(String token, String query) {
        return as(token).urlEncodingEnabled(false).get(SUBMISSIONS + "?" + query).then().statusCode(200);
    }
}
