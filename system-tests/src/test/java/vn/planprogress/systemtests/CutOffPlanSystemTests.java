package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.planprogress.devsupport.DevTokens;

/**
 * One quarter of a plan reported under Nghị định 09/2019, through the gateway only: the seed plan,
 * reported quarterly, six-monthly and yearly on cut-off windows, two working days after each quarter's
 * cut-off, its periods locking five days after their deadline, and a percent indicator on task III.4
 * (led by HCTH and TTUDDV, here all year long). The quarter played is the latest whose cut-off ended at
 * least 20 days ago, so that it has locked (two working days and five days after its cut-off) whatever
 * day this runs, and recently enough for a lock exception (at most 366 days past the lock): it is played
 * on lock exceptions, as a department does when a unit asks to report late.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CutOffPlanSystemTests {

    private static final RunningSystem SYSTEM = RunningSystem.get();
    private static final String REASON = "Đơn vị đề nghị bổ sung số liệu quý";
    private static int year;
    private static String quarter;
    private static String planId;
    private static String hcthSubmission;

    @BeforeAll
    static void issueTheCutOffPlan() {
        LocalDate today = LocalDate.now(CurrentYearPlan.BUSINESS_ZONE);
        for (int y = today.getYear(), q = 4; quarter == null; q = q == 1 ? 4 : q - 1, y = q == 4 ? y - 1 : y) {
            if (LocalDate.of(y, 3 * q, 14).plusDays(20).isBefore(today)) {
                year = y;
                quarter = y + "-Q" + q;
            }
        }
        Map<String, Object> plan = Samples.seedPlan();
        plan.put("year", year);
        plan.put("issuedOn", year + "-03-15");
        Map<String, Object> reporting = new LinkedHashMap<>();
        reporting.put("window", "CUT_OFF");
        reporting.put("schedules", List.of(
                Map.of("periodType", "QUARTERLY", "unitDeadline", Map.of("workingDaysAfterWindow", 2),
                        "consolidatedDeadline", Map.of("workingDaysAfterWindow", 5)),
                Map.of("periodType", "SEMIANNUAL", "unitDeadline", Map.of("dayOfMonth", Map.of("day", 18)),
                        "consolidatedDeadline", Map.of("dayOfMonth", Map.of("day", 20))),
                Map.of("periodType", "ANNUAL", "unitDeadline", Map.of("daysAfterWindow", 4),
                        "consolidatedDeadline", Map.of("daysAfterWindow", 8))));
        reporting.put("lockAfterDays", 5);
        reporting.put("consolidationUnit", "HCTH");
        plan.put("reporting", reporting);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) plan.get("tasks");
        Map<String, Object> task = tasks.stream().filter(t -> "III.4".equals(t.get("code"))).findFirst().orElseThrow();
        task.put("schedule", Map.of("kind", "CONTINUOUS", "label", "Thường xuyên trong năm"));
        task.put("indicators", List.of(Map.of("code", "TL", "name", "Tỷ lệ cán bộ được tuyên truyền", "unitOfMeasure", "%",
                "measure", "PERCENT", "target", 95, "baseline", Map.of("value", 80, "year", year - 1))));

        Response created = SYSTEM.gateway(DevTokens.planner()).body(plan).post("/api/v1/plans");
        assertEquals(201, created.statusCode(), created::asString);
        planId = created.path("id");
        SYSTEM.gateway(DevTokens.planner()).post("/api/v1/plans/" + planId + "/issue").then().statusCode(200);
    }

    @Test
    @Order(1)
    void theCalendarStatesEachPeriodsCutOffWindowAndDeadlines() {
        Response calendar = SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/plans/" + planId + "/calendar");

        assertEquals(200, calendar.statusCode(), calendar::asString);
        List<String> periods = calendar.path("periods.period");
        assertEquals(4 + 2 + 1, periods.size(), periods::toString);
        // Art. 12: the first quarter from 15 December of the year before to 14 March; the third 15 June to 14 September.
        assertEquals((year - 1) + "-12-15", period(calendar, year + "-Q1").get("from"));
        assertEquals(year + "-03-14", period(calendar, year + "-Q1").get("to"));
        assertEquals(year + "-06-15", period(calendar, year + "-Q3").get("from"));
        assertEquals(year + "-09-14", period(calendar, year + "-Q3").get("to"));
        assertEquals(year + "-06-14", period(calendar, year + "-H1").get("to"));
        assertEquals(year + "-06-18", period(calendar, year + "-H1").get("unitDeadline"));
        assertEquals(year + "-12-18", period(calendar, String.valueOf(year)).get("unitDeadline"));
        LocalDate q3Deadline = LocalDate.parse((String) period(calendar, year + "-Q3").get("unitDeadline"));
        assertTrue(q3Deadline.isAfter(LocalDate.of(year, 9, 15)) && q3Deadline.getDayOfWeek() != DayOfWeek.SATURDAY
                && q3Deadline.getDayOfWeek() != DayOfWeek.SUNDAY, "two working days after 14 September: " + q3Deadline);
        assertEquals(q3Deadline.plusDays(5).toString(), period(calendar, year + "-Q3").get("locksAfter"));
        LocalDate played = LocalDate.parse((String) period(calendar, quarter).get("locksAfter"));
        assertTrue(played.isBefore(LocalDate.now(CurrentYearPlan.BUSINESS_ZONE)), quarter + " has locked: " + played);
    }

    @Test
    @Order(2)
    void aSubmissionForALockedQuarterIsRefusedNamingTheLock() {
        Response refused = submit("HCTH", 92);

        assertEquals(409, refused.statusCode(), refused::asString);
        assertEquals("urn:planprogress:problem:period-locked", refused.path("type"));
        assertTrue(refused.<String>path("detail").contains(quarter), refused::asString);
        assertEquals(0, SYSTEM.gateway(DevTokens.viewer()).queryParam("planId", planId).get("/api/v1/submissions")
                .<List<?>>path("items").size());
    }

    @Test
    @Order(3)
    void aLockExceptionOpensTheQuarterForOneUnitOnly() {
        Response exception = SYSTEM.gateway(DevTokens.planner()).body(Map.of("unitCode", "HCTH", "period", quarter,
                "until", LocalDate.now(CurrentYearPlan.BUSINESS_ZONE).plusDays(3).toString(), "reason", REASON))
                .post("/api/v1/plans/" + planId + "/lock-exceptions");
        assertEquals(201, exception.statusCode(), exception::asString);

        Response accepted = submit("HCTH", 92);
        assertEquals(201, accepted.statusCode(), accepted::asString);
        assertEquals(Boolean.TRUE, accepted.path("late"));
        hcthSubmission = accepted.path("id");
        Response other = submit("TTUDDV", 90);
        assertEquals(409, other.statusCode(), other::asString);

        SYSTEM.gateway(DevTokens.planner()).body(Map.of("unitCode", "TTUDDV", "period", quarter,
                "until", LocalDate.now(CurrentYearPlan.BUSINESS_ZONE).plusDays(3).toString(), "reason", REASON))
                .post("/api/v1/plans/" + planId + "/lock-exceptions").then().statusCode(201);
        Response second = submit("TTUDDV", 90);
        assertEquals(201, second.statusCode(), second::asString);
    }

    @Test
    @Order(4)
    void aReviewIsNeverLocked() {
        Response returned = SYSTEM.gateway(DevTokens.planner()).body(Map.of("decision", "RETURN", "comment", "Bổ sung minh chứng"))
                .post("/api/v1/submissions/" + hcthSubmission + "/review");

        assertNotEquals(409, returned.statusCode(), returned::asString);
        assertTrue(returned.statusCode() < 300, returned::asString);
    }

    @Test
    @Order(5)
    void theQuartersReportCountsLateEntriesUnderTheirExceptionsAndAveragesThePercent() {
        Response report = SYSTEM.gateway(DevTokens.viewer()).queryParam("period", quarter)
                .get("/api/v1/reports/plans/" + planId);

        assertEquals(200, report.statusCode(), report::asString);
        List<Map<String, Object>> expected = report.path("completeness.submissions.findAll { it.taskCode == 'III.4' }");
        assertEquals(2, expected.size(), expected::toString);
        for (Map<String, Object> item : expected) {
            assertEquals("LATE", item.get("outcome"), item::toString);
            @SuppressWarnings("unchecked")
            Map<String, Object> exception = (Map<String, Object>) item.get("lockException");
            assertEquals(REASON, exception.get("reason"), item::toString);
        }
        // (92 + 90) / 2 = 91, never summed; 91 / 95 = 95.79 %.
        Map<String, Object> percent = report.path("tasks.find { it.code == 'III.4' }.indicators[0]");
        assertEquals("PERCENT", percent.get("measure"));
        assertEquals(91, ((Number) percent.get("achieved")).intValue(), percent::toString);
        assertEquals(95.79, ((Number) percent.get("percent")).doubleValue(), 0.001, percent::toString);
    }

    private static Response submit(String unit, int value) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", planId);
        body.put("taskCode", "III.4");
        body.put("unitCode", unit);
        body.put("period", quarter);
        body.put("status", "IN_PROGRESS");
        body.put("values", List.of(Map.of("indicatorCode", "TL", "value", value)));
        body.put("summary", "Kết quả quý của " + unit);
        return SYSTEM.gateway(DevTokens.reporter(unit)).body(body).post("/api/v1/submissions");
    }

    private static Map<String, Object> period(Response calendar, String code) {
        return calendar.path("periods.find { it.period == '" + code + "' }");
    }
}
