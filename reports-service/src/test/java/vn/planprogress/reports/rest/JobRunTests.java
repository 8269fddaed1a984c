package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;

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
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;

/** Job runs through the API: an admin runs a job now; everyone who reads sees the runs and their outcomes. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class JobRunTests {

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
    void anAdminRunsAJobNowAndTheRunIsListedWithWhatItProduced() {
        Response run = as(DevTokens.admin()).post("/api/v1/reports/jobs/daily-snapshots/runs");

        run.then().statusCode(201)
                .header("Location", containsString("/api/v1/reports/jobs/daily-snapshots/runs/"))
                .body("jobName", is("daily-snapshots"))
                .body("outcome", is("SUCCEEDED"))
                .body("startedBy", is("admin@dev"))
                .body("scheduledFor", is("2022-11-12T03:00:00Z"))
                .body("produced[0].type", is("SNAPSHOT"))
                .body("produced[0].planNumber", is("1/KH-SKHCN"))
                .body("produced[0].detail", is("daily-snapshots/2022-11-12"));
        String snapshot = run.path("produced[0].id");
        as(DevTokens.viewer()).get("/api/v1/reports/snapshots/" + snapshot).then().statusCode(200)
                .body("kind", is("DAILY")).body("trigger", is("daily-snapshots/2022-11-12"));
        as(DevTokens.viewer()).get(run.header("Location")).then().statusCode(200).body("id", is(run.path("id").toString()));

        clock.set("2022-11-12T10:05:00+07:00");
        as(DevTokens.admin()).post("/api/v1/reports/jobs/daily-snapshots/runs").then().statusCode(201)
                .body("outcome", is("SUCCEEDED")).body("produced.size()", is(0));

        as(DevTokens.viewer()).queryParam("jobName", "daily-snapshots").get("/api/v1/reports/jobs").then().statusCode(200)
                .body("totalItems", is(2))
                .body("items[0].scheduledFor", is("2022-11-12T03:05:00Z"))
                .body("items[1].produced.size()", is(1));
        as(DevTokens.viewer()).queryParam("outcome", "FAILED").get("/api/v1/reports/jobs").then().statusCode(200).body("totalItems", is(0));
    }

    @Test
    void aFailedRunIsAnsweredAndListedWithItsError() {
        ServicesStub.answerSubmissions(aResponse().withStatus(500));

        as(DevTokens.admin()).post("/api/v1/reports/jobs/consolidated-reports/runs").then().statusCode(201)
                .body("outcome", is("FAILED"))
                .body("error", containsString("not reachable"))
                .body("nextAttemptAt", is("2022-11-12T03:01:00Z"));

        as(DevTokens.viewer()).queryParam("outcome", "FAILED").get("/api/v1/reports/jobs").then().statusCode(200)
                .body("totalItems", is(1)).body("items[0].jobName", is("consolidated-reports"));
        assertEquals(0, fixtures.count("select count(*) from report_snapshot"));
    }

    @Test
    void onlyAdminsRunJobsAndOnlyKnownOnes() {
        Map<String, Long> before = fixtures.rowCounts();

        Problems.assertProblem(as(DevTokens.planner()).post("/api/v1/reports/jobs/daily-snapshots/runs"), 403);
        Problems.assertProblem(given().post("/api/v1/reports/jobs/daily-snapshots/runs"), 401);
        Map<String, Object> unknown = Problems.assertProblem(as(DevTokens.admin()).post("/api/v1/reports/jobs/weekly-digest/runs"), 404);
        assertTrue(unknown.get("detail").toString().contains("weekly-digest"), unknown.toString());
        String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("jobName", "weekly").get("/api/v1/reports/jobs"), "jobName");
        assertTrue(message.contains("daily-snapshots, consolidated-reports, reminders"), message);
        Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("outcome", "DONE").get("/api/v1/reports/jobs"), "outcome");
        Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("size", 500).get("/api/v1/reports/jobs"), "size");
        Problems.assertProblem(as(DevTokens.viewer()).get("/api/v1/reports/jobs/daily-snapshots/runs/9d0b6f3e-0000-4000-8000-000000000000"), 404);

        assertEquals(before, fixtures.rowCounts());
    }
}
