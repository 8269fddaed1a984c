package vn.planprogress.plans.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.OldSchema;
import vn.planprogress.devsupport.TestDatabase;

/**
 * Plans stored with the old deadline rule {@code daysAfterPeriodEnd} read back unchanged in meaning:
 * N from 0 to 60 as {@code daysAfterWindow}, any other N (the old range was -366 to 366) as the dates
 * it gave, written by the old code into a schema at V1 before the service migrates it.
 */
@QuarkusTest
@TestProfile(ReportingMigrationTests.AtVersionOne.class)
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class ReportingMigrationTests {

    static final String SCHEMA = "plans_v1_reporting";
    static final String QUARTERLY = "5d1c3a2b-0f4e-4a6b-9c8d-7e6f5a4b3c21";
    static final String ANNUAL = "6e2d4b3c-1a5f-4b7c-8d9e-0f1a2b3c4d52";

    public static class AtVersionOne implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return OldSchema.settings(SCHEMA);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RowsOfTheOldCode.class));
        }
    }

    /** Two plans as the old code stored them: days after the period's end, in and out of today's range. */
    public static class RowsOfTheOldCode implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return OldSchema.prepare(SCHEMA, "1", connection -> {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("insert into unit (code, name, kind) values ('SKHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT')");
                    statement.execute(plan(QUARTERLY, "{\"periodType\": \"QUARTERLY\", \"unitDeadline\": {\"daysAfterPeriodEnd\": 10}, "
                            + "\"consolidationUnit\": \"SKHCN\", \"consolidatedDeadline\": {\"daysAfterPeriodEnd\": 90}}"));
                    statement.execute(plan(ANNUAL, "{\"periodType\": \"ANNUAL\", \"unitDeadline\": {\"daysAfterPeriodEnd\": -5}, "
                            + "\"consolidationUnit\": \"SKHCN\", \"consolidatedDeadline\": {\"daysAfterPeriodEnd\": 0}, "
                            + "\"reportTo\": {\"unit\": \"SKHCN\", \"note\": \"báo cáo Giám đốc Sở\"}}"));
                }
            });
        }

        private static String plan(String id, String reporting) {
            return "insert into plan (id, number_symbol, title, year, owner_unit, legal_bases, purposes, content_sections, implementation, "
                    + "recipients, reporting, consolidation_unit, status, created_by) values ('" + id + "', 'KH-SKHCN', "
                    + "'Kế hoạch cải cách hành chính năm 2022', 2022, 'SKHCN', '[]', '[]', '[]', '[]', '[]', '" + reporting + "', 'SKHCN', "
                    + "'DRAFT', 'planner@dev')";
        }

        @Override
        public void stop() {
        }
    }

    @Test
    void daysAfterThePeriodWithinSixtyBecomeDaysAfterTheWindowAndTheRestTheDatesTheyGave() {
        Response quarterly = plan(QUARTERLY);
        quarterly.then().statusCode(200)
                .body("reporting.unitDeadline.daysAfterWindow", equalTo(10))
                // 90 days after 31 March, 30 June, 30 September and 31 December 2022.
                .body("reporting.consolidatedDeadline.dates.'2022-Q1'", equalTo("2022-06-29"))
                .body("reporting.consolidatedDeadline.dates.'2022-Q2'", equalTo("2022-09-28"))
                .body("reporting.consolidatedDeadline.dates.'2022-Q3'", equalTo("2022-12-29"))
                .body("reporting.consolidatedDeadline.dates.'2022-Q4'", equalTo("2023-03-31"))
                .body("reporting.periods[0].unitDeadline", equalTo("2022-04-10"))
                .body("reporting.periods[3].unitDeadline", equalTo("2023-01-10"))
                .body("reporting.periods[3].consolidatedDeadline", equalTo("2023-03-31"));
        assertFalse(quarterly.asString().contains("daysAfterPeriodEnd"), quarterly.asString());

        plan(ANNUAL).then().statusCode(200)
                .body("reporting.unitDeadline.dates.'2022'", equalTo("2022-12-26"))
                .body("reporting.consolidatedDeadline.daysAfterWindow", equalTo(0))
                .body("reporting.reportTo.note", equalTo("báo cáo Giám đốc Sở"))
                .body("reporting.periods[0].unitDeadline", equalTo("2022-12-26"))
                .body("reporting.periods[0].consolidatedDeadline", equalTo("2022-12-31"));
        assertEquals(List.of("2022"), plan(ANNUAL).jsonPath().getList("reporting.periods.period"));
    }

    private static Response plan(String id) {
        return RestAssured.given().auth().oauth2(DevTokens.viewer()).get("/api/v1/plans/" + id);
    }
}
