package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/**
 * A plan's reporting regime through the API: a quarterly, six-month and yearly plan on the cut-off
 * windows of Nghị định 09/2019 and its calendar date by date, worked by hand; the seed plan as it
 * was; the rules a plan's reporting may break, each answered 400 naming the field with nothing written.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class ReportingCalendarTests {

    @Inject
    PlanFixtures fixtures;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    /**
     * The regime of a 2023 plan of a department: quarterly, six-month and yearly reports on cut-off
     * windows; the units report 2 working days after a quarter's window (5 for the consolidated
     * report), by the 18th of a half's last month (the 20th), the year by 18 December (10 days after
     * its window); entry opens 5 days before a window ends and locks 10 days after the unit deadline.
     */
    static Map<String, Object> cutOffReporting() {
        Map<String, Object> reporting = new LinkedHashMap<>();
        reporting.put("window", "CUT_OFF");
        reporting.put("schedules", List.of(
                Map.of("periodType", "QUARTERLY", "unitDeadline", Map.of("workingDaysAfterWindow", 2),
                        "consolidatedDeadline", Map.of("workingDaysAfterWindow", 5)),
                Map.of("periodType", "SEMIANNUAL", "unitDeadline", Map.of("dayOfMonth", Map.of("day", 18)),
                        "consolidatedDeadline", Map.of("dayOfMonth", Map.of("day", 20))),
                Map.of("periodType", "ANNUAL", "unitDeadline", Map.of("dates", Map.of("2023", "2023-12-18")),
                        "consolidatedDeadline", Map.of("daysAfterWindow", 10))));
        reporting.put("entryOpens", Map.of("daysBeforeWindowEnd", 5));
        reporting.put("lockAfterDays", 10);
        reporting.put("consolidationUnit", "HCTH");
        reporting.put("reportTo", Map.of("unit", "UBND", "via", "STTTT"));
        return reporting;
    }

    /** The seed plan moved to 2023 with the cut-off regime: its tasks' dates move with it. */
    static Map<String, Object> cutOffPlan() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        plan.put("year", 2023);
        plan.put("issuedOn", "2023-01-10");
        plan.put("reporting", cutOffReporting());
        return plan;
    }

    @Test
    void theCalendarOfAQuarterlySixMonthAndYearlyCutOffPlanDateByDate() {
        String id = as(DevTokens.planner()).body(cutOffPlan()).post("/api/v1/plans").then().statusCode(201).extract().path("id");

        Response calendar = as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/calendar");

        calendar.then().statusCode(200)
                .body("planId", equalTo(id))
                .body("year", equalTo(2023))
                .body("window", equalTo("CUT_OFF"))
                // By the window's last day, the shorter period first on the same day.
                .body("periods.period", contains("2023-Q1", "2023-Q2", "2023-H1", "2023-Q3", "2023-Q4", "2023-H2", "2023"))
                .body("periods.periodType", contains("QUARTERLY", "QUARTERLY", "SEMIANNUAL", "QUARTERLY", "QUARTERLY", "SEMIANNUAL", "ANNUAL"))
                .body("holidayYears.year", contains(2022, 2023, 2024))
                .body("holidayYears.source", contains("DEFAULT", "DEFAULT", "DEFAULT"));
        // Windows (Art. 12): from the 15th of the month before the period to the 14th of its last month.
        // Q1: the window ends on Tuesday 14 March; 2 working days: Wed 15, Thu 16 March; 5: 15, 16, 17, Mon 20, Tue 21.
        assertPeriod(calendar, 0, "2023-Q1", "2022-12-15", "2023-03-14", "2023-03-16", "2023-03-21", "2023-03-09", "2023-03-26");
        // Q2: ends Wednesday 14 June; 2 working days: Thu 15, Fri 16; 5: 15, 16, 19, 20, 21 June.
        assertPeriod(calendar, 1, "2023-Q2", "2023-03-15", "2023-06-14", "2023-06-16", "2023-06-21", "2023-06-09", "2023-06-26");
        // H1: from 15 December 2022; the 18th and the 20th of June (the 18th is a Sunday: a day of the month is not moved).
        assertPeriod(calendar, 2, "2023-H1", "2022-12-15", "2023-06-14", "2023-06-18", "2023-06-20", "2023-06-09", "2023-06-28");
        // Q3: ends Thursday 14 September (after Quốc khánh, 1, 2 and, in exchange, 4 September); Fri 15, Mon 18; 15, 18, 19, 20, 21.
        assertPeriod(calendar, 3, "2023-Q3", "2023-06-15", "2023-09-14", "2023-09-18", "2023-09-21", "2023-09-09", "2023-09-28");
        // Q4: ends Thursday 14 December; Fri 15, Mon 18; 15, 18, 19, 20, 21 December.
        assertPeriod(calendar, 4, "2023-Q4", "2023-09-15", "2023-12-14", "2023-12-18", "2023-12-21", "2023-12-09", "2023-12-28");
        assertPeriod(calendar, 5, "2023-H2", "2023-06-15", "2023-12-14", "2023-12-18", "2023-12-20", "2023-12-09", "2023-12-28");
        // The year: 15 December 2022 to 14 December 2023; units by 18 December, the consolidated report 10 days after the window.
        assertPeriod(calendar, 6, "2023", "2022-12-15", "2023-12-14", "2023-12-18", "2023-12-24", "2023-12-09", "2023-12-28");

        // The plan and the digest show the same periods; the plan the form of its rules as sent.
        Response plan = as(DevTokens.viewer()).get("/api/v1/plans/" + id);
        assertEquals(calendar.jsonPath().getList("periods"), plan.jsonPath().getList("reporting.periods"));
        plan.then().body("reporting.schedules.periodType", contains("QUARTERLY", "SEMIANNUAL", "ANNUAL"))
                .body("reporting.periodType", nullValue())
                .body("reporting.schedules[1].unitDeadline.dayOfMonth.day", equalTo(18));
        Response digest = as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/digest");
        digest.then().statusCode(200)
                .body("periodType", equalTo("QUARTERLY"))
                .body("periodTypes", contains("QUARTERLY", "SEMIANNUAL", "ANNUAL"))
                .body("window", equalTo("CUT_OFF"));
        assertEquals(calendar.jsonPath().getList("periods"), digest.jsonPath().getList("periods"));
    }

    @Test
    void aYearsDaysOffMoveAWorkingDayDeadlineAndChangeTheDigestsETag() {
        String id = as(DevTokens.planner()).body(cutOffPlan()).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String before = as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/digest").then().statusCode(200).extract().header("ETag");
        as(DevTokens.viewer()).header("If-None-Match", before).get("/api/v1/plans/" + id + "/digest").then().statusCode(304);

        // The province gives Wednesday 15 March 2023 off: Q1's 2 working days are now Thu 16 and Fri 17 March,
        // its 5 working days 16, 17, 20, 21 and 22 March.
        List<Map<String, Object>> daysOff = new ArrayList<>(as(DevTokens.viewer()).get("/api/v1/calendar/holidays/2023").jsonPath().getList("daysOff"));
        daysOff.add(Map.of("date", "2023-03-15", "name", "Nghỉ theo Quyết định của Chủ tịch UBND tỉnh"));
        as(DevTokens.admin()).header("If-Match", "\"0\"").body(Map.of("daysOff", daysOff, "workingSaturdays", List.of()))
                .put("/api/v1/calendar/holidays/2023").then().statusCode(200).header("ETag", "\"1\"");

        Response calendar = as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/calendar");
        assertPeriod(calendar, 0, "2023-Q1", "2022-12-15", "2023-03-14", "2023-03-17", "2023-03-22", "2023-03-09", "2023-03-27");
        calendar.then().body("holidayYears.source", contains("DEFAULT", "SET", "DEFAULT"));
        Response digest = as(DevTokens.viewer()).header("If-None-Match", before).get("/api/v1/plans/" + id + "/digest");
        digest.then().statusCode(200).body("periods[0].unitDeadline", equalTo("2023-03-17"));
        String after = digest.header("ETag");
        assertNotEquals(before, after);
        assertTrue(after.startsWith("\"" + digest.path("version") + "."), after);
        as(DevTokens.viewer()).header("If-None-Match", after).get("/api/v1/plans/" + id + "/digest").then().statusCode(304);
    }

    @Test
    void theSeedPlansDigestKeepsItsFiguresAndSpellsOutTheNewFields() {
        String id = PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");

        as(DevTokens.viewer()).get("/api/v1/plans/" + id + "/digest").then().statusCode(200)
                .body("periodType", equalTo("ANNUAL"))
                .body("periodTypes", contains("ANNUAL"))
                .body("window", equalTo("CALENDAR"))
                .body("periods.size()", equalTo(1))
                .body("periods[0].period", equalTo("2022"))
                .body("periods[0].periodType", equalTo("ANNUAL"))
                .body("periods[0].from", equalTo("2022-01-01"))
                .body("periods[0].to", equalTo("2022-12-31"))
                .body("periods[0].unitDeadline", equalTo("2022-11-10"))
                .body("periods[0].consolidatedDeadline", equalTo("2022-11-15"))
                .body("periods[0].containsKey('entryOpensOn')", equalTo(false))
                .body("periods[0].containsKey('locksAfter')", equalTo(false))
                .body("tasks[2].indicators.target", contains(6, 36))
                .body("tasks[2].indicators.measure", contains("NUMBER", "NUMBER"))
                .body("tasks[2].indicators.direction", contains("INCREASE", "INCREASE"))
                .body("tasks[2].indicators.aggregation", contains("SUM", "SUM"))
                .body("tasks[2].indicators[1].parts.target", contains(12, 12, 12));
        // The plan itself reads back in the form it was sent: no window, the shorthand.
        as(DevTokens.viewer()).get("/api/v1/plans/" + id).then()
                .body("reporting.containsKey('window')", equalTo(false))
                .body("reporting.containsKey('schedules')", equalTo(false))
                .body("reporting.periodType", equalTo("ANNUAL"));
    }

    @Test
    void aPeriodOfATypeTheScheduleDoesNotHaveIsNamed() {
        Map<String, Object> plan = cutOffPlan();
        Map<String, Object> reporting = new LinkedHashMap<>(cutOffReporting());
        reporting.put("schedules", List.of(Map.of("periodType", "QUARTERLY",
                "unitDeadline", Map.of("dates", Map.of("2023-Q1", "2023-03-20", "2023-Q2", "2023-06-20", "2023-Q3", "2023-09-20",
                        "2023-Q4", "2023-12-20", "2023-H1", "2023-06-20")),
                "consolidatedDeadline", Map.of("workingDaysAfterWindow", 5))));
        plan.put("reporting", reporting);

        String message = assertInvalidField(refusedWithoutWriting(() -> create(plan)), "reporting.schedules[0].unitDeadline.dates.2023-H1");
        assertTrue(message.contains("2023-Q1, 2023-Q2, 2023-Q3, 2023-Q4"), message);
    }

    @Test
    void negativeOrAbsurdNumbersOfDaysAreNamed() {
        Map<String, Object> plan = cutOffPlan();
        Map<String, Object> reporting = new LinkedHashMap<>(cutOffReporting());
        reporting.put("schedules", List.of(
                Map.of("periodType", "QUARTERLY", "unitDeadline", Map.of("workingDaysAfterWindow", 61),
                        "consolidatedDeadline", Map.of("daysAfterWindow", -1)),
                Map.of("periodType", "ANNUAL", "unitDeadline", Map.of("dayOfMonth", Map.of("day", 32)),
                        "consolidatedDeadline", Map.of("dayOfMonth", Map.of("day", 20, "monthOfPeriod", 13)))));
        reporting.put("entryOpens", Map.of("daysBeforeWindowEnd", 90));
        reporting.put("lockAfterDays", -3);
        plan.put("reporting", reporting);

        Response response = refusedWithoutWriting(() -> create(plan));

        assertTrue(assertInvalidField(response, "reporting.schedules[0].unitDeadline.workingDaysAfterWindow").contains("0 to 60"));
        assertTrue(assertInvalidField(response, "reporting.schedules[0].consolidatedDeadline.daysAfterWindow").contains("not -1"));
        assertInvalidField(response, "reporting.schedules[1].unitDeadline.dayOfMonth.day");
        assertInvalidField(response, "reporting.schedules[1].consolidatedDeadline.dayOfMonth.monthOfPeriod");
        assertInvalidField(response, "reporting.entryOpens.daysBeforeWindowEnd");
        assertInvalidField(response, "reporting.lockAfterDays");
    }

    @Test
    void theDeprecatedDaysAfterPeriodEndKeepsItsNameInErrorsAndItsMeaning() {
        Map<String, Object> plan = PlanFixtures.samplePlan();
        ((Map<String, Object>) plan.get("reporting")).put("consolidatedDeadline", Map.of("daysAfterPeriodEnd", 120));
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(plan)), "reporting.consolidatedDeadline.daysAfterPeriodEnd")
                .contains("0 to 60"));

        ((Map<String, Object>) plan.get("reporting")).put("unitDeadline", Map.of("daysAfterPeriodEnd", 0));
        ((Map<String, Object>) plan.get("reporting")).put("consolidatedDeadline", Map.of("daysAfterPeriodEnd", 15));
        String id = create(plan).then().statusCode(201).extract().path("id");
        as(DevTokens.viewer()).get("/api/v1/plans/" + id).then()
                .body("reporting.consolidatedDeadline.daysAfterPeriodEnd", equalTo(15))
                .body("reporting.periods[0].unitDeadline", equalTo("2022-12-31"))
                .body("reporting.periods[0].consolidatedDeadline", equalTo("2023-01-15"));
    }

    @Test
    void aCutOffWindowWithADateBeforeTheWindowEndsIsNamed() {
        Map<String, Object> plan = cutOffPlan();
        Map<String, Object> reporting = new LinkedHashMap<>(cutOffReporting());
        // The year's cut-off window ends on 14 December: a report due on 10 December could not count its last days.
        reporting.put("schedules", List.of(Map.of("periodType", "ANNUAL", "unitDeadline", Map.of("dates", Map.of("2023", "2023-12-10")),
                "consolidatedDeadline", Map.of("daysAfterWindow", 5))));
        plan.put("reporting", reporting);

        String message = assertInvalidField(refusedWithoutWriting(() -> create(plan)), "reporting.schedules[0].unitDeadline.dates.2023");
        assertTrue(message.contains("2023-12-14"), message);
    }

    @Test
    void bothFormsOrNeitherAndATypeTwiceAreNamed() {
        Map<String, Object> both = cutOffPlan();
        Map<String, Object> reporting = new LinkedHashMap<>(cutOffReporting());
        reporting.put("periodType", "ANNUAL");
        both.put("reporting", reporting);
        assertInvalidField(refusedWithoutWriting(() -> create(both)), "reporting.schedules");

        Map<String, Object> neither = cutOffPlan();
        Map<String, Object> none = new LinkedHashMap<>(cutOffReporting());
        none.remove("schedules");
        neither.put("reporting", none);
        assertInvalidField(refusedWithoutWriting(() -> create(neither)), "reporting.schedules");

        Map<String, Object> twice = cutOffPlan();
        Map<String, Object> doubled = new LinkedHashMap<>(cutOffReporting());
        Map<String, Object> quarterly = Map.of("periodType", "QUARTERLY", "unitDeadline", Map.of("daysAfterWindow", 5),
                "consolidatedDeadline", Map.of("daysAfterWindow", 10));
        doubled.put("schedules", List.of(quarterly, quarterly));
        twice.put("reporting", doubled);
        assertTrue(assertInvalidField(refusedWithoutWriting(() -> create(twice)), "reporting.schedules[1].periodType").contains("twice"));

        Map<String, Object> twoForms = PlanFixtures.samplePlan();
        ((Map<String, Object>) twoForms.get("reporting")).put("unitDeadline", Map.of("dates", Map.of("2022", "2022-11-10"), "daysAfterWindow", 5));
        assertInvalidField(refusedWithoutWriting(() -> create(twoForms)), "reporting.unitDeadline");
    }

    @Test
    void anAmendmentKeepsThePeriodTypesAndTheWindow() {
        String id = as(DevTokens.planner()).body(cutOffPlan()).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        String etag = as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200).extract().header("ETag");
        Map<String, Object> amended = cutOffPlan();
        Map<String, Object> reporting = new LinkedHashMap<>(cutOffReporting());
        reporting.put("window", "CALENDAR");
        amended.put("reporting", reporting);

        assertInvalidField(as(DevTokens.planner()).header("If-Match", etag).body(Map.of("reason", "Sửa", "plan", amended))
                .post("/api/v1/plans/" + id + "/amendments"), "plan.reporting.window");
    }

    private static void assertPeriod(Response calendar, int index, String period, String from, String to, String unitDeadline,
                                     String consolidatedDeadline, String entryOpensOn, String locksAfter) {
        String at = "periods[" + index + "].";
        calendar.then()
                .body(at + "period", equalTo(period))
                .body(at + "from", equalTo(from))
                .body(at + "to", equalTo(to))
                .body(at + "unitDeadline", equalTo(unitDeadline))
                .body(at + "consolidatedDeadline", equalTo(consolidatedDeadline))
                .body(at + "entryOpensOn", equalTo(entryOpensOn))
                .body(at + "locksAfter", equalTo(locksAfter));
    }

    private static Response create(Map<String, Object> plan) {
        return as(DevTokens.planner()).body(plan).post("/api/v1/plans");
    }

    private Response refusedWithoutWriting(Supplier<Response> request) {
        Map<String, Long> before = fixtures.rowCounts();
        Response response = request.get();
        assertEquals(before, fixtures.rowCounts(), "nothing written");
        return response;
    }
}
