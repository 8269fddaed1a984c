package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.calendar.DefaultHolidays;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** Each year's days off: the defaults until an admin sets the year's list, which replaces them whole. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class HolidayTests {

    @Inject
    PlanFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void aYearNeverSetAnswersTheLabourCodesDefaultsAsDefaults() {
        as(DevTokens.viewer()).get("/api/v1/calendar/holidays/2023").then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("year", equalTo(2023))
                .body("source", equalTo("DEFAULT"))
                .body("note", equalTo(DefaultHolidays.NOTE))
                // Tết Quý Mão: 22 January 2023 was a Sunday; its weekend days give 25 and 26 January off in exchange.
                .body("daysOff.date", hasItem("2023-01-20"))
                .body("daysOff.findAll { it.name == 'Tết Nguyên đán' }.date", contains("2023-01-20", "2023-01-21", "2023-01-22", "2023-01-23", "2023-01-24"))
                .body("daysOff.findAll { it.name == 'Nghỉ bù Tết Nguyên đán' }.date", contains("2023-01-25", "2023-01-26"))
                .body("workingSaturdays.size()", equalTo(0));
    }

    @Test
    void anAdminSetsAYearWithIfMatchAndItsNamesRoundTrip() {
        Map<String, Object> list = Map.of("note", "Theo Thông báo của Bộ Lao động - Thương binh và Xã hội",
                "daysOff", List.of(Map.of("date", "2024-02-08", "name", "Tết Nguyên đán"), Map.of("date", "2024-02-09", "name", "Tết Nguyên đán")),
                "workingSaturdays", List.of(Map.of("date", "2024-02-17", "name", "Làm bù ngày 14/02/2024")));

        assertProblem(as(DevTokens.admin()).body(list).put("/api/v1/calendar/holidays/2024"), 428);
        assertProblem(as(DevTokens.admin()).header("If-Match", "\"3\"").body(list).put("/api/v1/calendar/holidays/2024"), 412);
        as(DevTokens.admin()).header("If-Match", "\"0\"").body(list).put("/api/v1/calendar/holidays/2024").then()
                .statusCode(200).header("ETag", "\"1\"").body("source", equalTo("SET"));

        as(DevTokens.viewer()).get("/api/v1/calendar/holidays/2024").then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("source", equalTo("SET"))
                .body("note", equalTo("Theo Thông báo của Bộ Lao động - Thương binh và Xã hội"))
                .body("daysOff.date", contains("2024-02-08", "2024-02-09"))
                .body("workingSaturdays[0].name", equalTo("Làm bù ngày 14/02/2024"))
                .body("updatedBy", equalTo("admin@dev"));
        // Replaced whole, again with the ETag read.
        as(DevTokens.admin()).header("If-Match", "\"1\"").body(Map.of("daysOff", List.of(Map.of("date", "2024-01-01", "name", "Tết Dương lịch"))))
                .put("/api/v1/calendar/holidays/2024").then().statusCode(200).header("ETag", "\"2\"")
                .body("daysOff.date", contains("2024-01-01")).body("workingSaturdays.size()", equalTo(0));
    }

    @Test
    void aListThatBreaksTheRulesIsRefusedNamingEachDayAndNothingIsWritten() {
        Map<String, Object> list = Map.of(
                "daysOff", List.of(Map.of("date", "2023-01-02", "name", "Nghỉ bù Tết Dương lịch"),
                        Map.of("date", "2024-01-01", "name", "Tết Dương lịch"),
                        Map.of("date", "2023-01-02", "name", "Nghỉ bù"),
                        Map.of("date", "2023-04-28", "name", " ")),
                "workingSaturdays", List.of(Map.of("date", "2023-04-27", "name", "Làm bù")));

        Response response = refusedWithoutWriting(() -> as(DevTokens.admin()).header("If-Match", "\"0\"").body(list)
                .put("/api/v1/calendar/holidays/2023"));

        assertTrue(assertInvalidField(response, "daysOff[1].date").contains("not in 2023"));
        assertTrue(assertInvalidField(response, "daysOff[2].date").contains("twice"));
        assertInvalidField(response, "daysOff[3].name");
        assertTrue(assertInvalidField(response, "workingSaturdays[0].date").contains("Thursday"));
        as(DevTokens.viewer()).get("/api/v1/calendar/holidays/2023").then().body("source", equalTo("DEFAULT"));
    }

    @Test
    void onlyAdminsSetDaysOffAndOnlyKeptYearsAreAnswered() {
        Map<String, Object> list = Map.of("daysOff", List.of(Map.of("date", "2023-01-02", "name", "Nghỉ bù Tết Dương lịch")));
        assertProblem(as(DevTokens.planner()).header("If-Match", "\"0\"").body(list).put("/api/v1/calendar/holidays/2023"), 403);
        assertProblem(as(DevTokens.viewer()).get("/api/v1/calendar/holidays/2019"), 404);
        assertProblem(as(DevTokens.admin()).header("If-Match", "\"0\"").body(list).put("/api/v1/calendar/holidays/2101"), 404);
        assertTrue(assertInvalidField(as(DevTokens.admin()).header("If-Match", "\"0\"").body(Map.of("year", 2024, "daysOff", List.of()))
                .put("/api/v1/calendar/holidays/2023"), "year").contains("2023"));
        assertEquals(0, fixtures.count("select count(*) from holiday_year"));
    }

    private Response refusedWithoutWriting(Supplier<Response> request) {
        Map<String, Long> before = fixtures.rowCounts();
        Response response = request.get();
        assertEquals(before, fixtures.rowCounts(), "nothing written");
        return response;
    }
}
