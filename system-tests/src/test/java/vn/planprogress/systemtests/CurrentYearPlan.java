package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.SamplePlan;

/**
 * The seed plan moved to a year whose second quarter has ended, reported quarterly, with the unit
 * deadlines of quarters I–III already passed (yesterday) and that of quarter IV still ahead: the
 * packaged services run on the real clock, so submissions made now are late for Q1–Q3 and on time for Q4.
 */
final class CurrentYearPlan {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    final String id;
    final int year;

    private CurrentYearPlan(String id, int year) {
        this.id = id;
        this.year = year;
    }

    /** Creates and issues the plan through the gateway, as a planner. */
    static CurrentYearPlan issue(RunningSystem system) {
        LocalDate today = LocalDate.now(BUSINESS_ZONE);
        int year = today.minusMonths(6).getYear();
        LocalDate passed = today.minusDays(1);
        LocalDate ahead = today.plusDays(60);
        Map<String, LocalDate> unitDeadlines = new LinkedHashMap<>();
        Map<String, LocalDate> consolidatedDeadlines = new LinkedHashMap<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            LocalDate deadline = quarter < 4 ? passed : ahead;
            unitDeadlines.put(year + "-Q" + quarter, deadline);
            consolidatedDeadlines.put(year + "-Q" + quarter, deadline.plusDays(5));
        }
        String plan = SamplePlan.movedTo(SamplePlan.seed(Samples.DIRECTORY), year, "QUARTERLY", unitDeadlines, consolidatedDeadlines)
                .toString();

        String id = system.gateway(DevTokens.planner()).body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        system.gateway(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200);
        return new CurrentYearPlan(id, year);
    }

    String quarter(int quarter) {
        return year + "-Q" + quarter;
    }

    /** A unit's submission on a task for a period, as that unit's reporter, through the gateway. */
    Response submit(RunningSystem system, String unit, String task, String period, String status, List<Map<String, Object>> values) {
        return submit(system, unit, task, period, status, values, null);
    }

    Response submit(RunningSystem system, String unit, String task, String period, String status,
                    List<Map<String, Object>> values, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", id);
        body.put("taskCode", task);
        body.put("unitCode", unit);
        body.put("period", period);
        body.put("status", status);
        body.put("values", values);
        body.put("summary", "Báo cáo của " + unit + " về nhiệm vụ " + task + " kỳ " + period);
        var request = system.gateway(DevTokens.reporter(unit));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.body(body).post("/api/v1/submissions");
    }

    static void assertCreated(Response response) {
        assertEquals(201, response.statusCode(), response::asString);
    }
}
