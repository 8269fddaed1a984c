package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_TTUDDV;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.seedSubmission;
import static vn.planprogress.progress.ProgressFixtures.value;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * A submission is checked against its plan, one rule at a time: each broken rule is a 400 naming the
 * field and the rule, and nothing is written.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class SubmissionValidationTests {

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
    }

    @Test
    void thePlanMustExist() {
        Map<String, Object> body = seedSubmission();
        body.put("planId", "5b0e0c1a-0000-4000-8000-000000000001");

        assertEquals("no plan with id '5b0e0c1a-0000-4000-8000-000000000001'", refused(REPORTER_TTUDDV, body, "planId"));
    }

    @Test
    void thePlanMustBeIssued() {
        Map<String, Object> draft = PlansServiceStub.seedDigest();
        String draftId = UUID.randomUUID().toString();
        draft.put("planId", draftId);
        draft.put("number", "KH-SKHCN");
        draft.put("status", "DRAFT");
        PlansServiceStub.serve(draft);
        Map<String, Object> body = seedSubmission();
        body.put("planId", draftId);

        assertEquals("plan KH-SKHCN is DRAFT; progress is reported on issued plans only", refused(REPORTER_TTUDDV, body, "planId"));
    }

    @Test
    void theTaskMustExistInThePlan() {
        Map<String, Object> body = seedSubmission();
        body.put("taskCode", "III.7");

        assertEquals("plan 1/KH-SKHCN has no task 'III.7'", refused(REPORTER_TTUDDV, body, "taskCode"));
    }

    @Test
    void theUnitMustLeadOrCoordinateTheTask() {
        Map<String, Object> body = ProgressFixtures.submission("III.5", "TTUDDV");

        assertEquals("'TTUDDV' neither leads nor coordinates task III.5 (lead units: QLTC)", refused(REPORTER_TTUDDV, body, "unitCode"));
    }

    @Test
    void aCoordinatingUnitMaySubmitOnTheTask() {
        post(DevTokens.reporter("HCTH"), ProgressFixtures.submission("III.3", "HCTH")).then().statusCode(201);
    }

    @Test
    void thePeriodMustSpellAPeriodAsTheCalendarWritesIt() {
        Map<String, String> rules = new LinkedHashMap<>();
        rules.put("Q2/2022", "'Q2/2022': a period starts with its year in four digits (2023): a period is a year (2023), a month (2023-05), "
                + "a quarter (2023-Q2), a half (2023-H1) or nine months (2023-9M)");
        rules.put("2022-5", "'2022-5': a month is written in two digits, 01 to 12");
        rules.put("2022-Q5", "'2022-Q5': a quarter is Q1, Q2, Q3 or Q4");
        rules.put("2022-13", "'2022-13': a month is 01 to 12");
        rules.put("năm 2022", "'năm 2022': a period code has no spaces: a period is a year (2023), a month (2023-05), a quarter (2023-Q2), "
                + "a half (2023-H1) or nine months (2023-9M)");
        rules.put("", "must not be blank");
        rules.forEach((period, rule) -> {
            Map<String, Object> body = seedSubmission();
            body.put("period", period);

            assertEquals(rule, refused(REPORTER_TTUDDV, body, "period"), period);
        });
    }

    @Test
    void thePeriodMustBeOneOfThePlans() {
        Map<String, Object> otherYear = seedSubmission();
        otherYear.put("period", "2023");
        Map<String, Object> quarter = seedSubmission();
        quarter.put("period", "2022-Q2");

        assertEquals("'2023' is not a reporting period of plan 1/KH-SKHCN (ANNUAL: 2022)", refused(REPORTER_TTUDDV, otherYear, "period"));
        assertEquals("'2022-Q2' is not a reporting period of plan 1/KH-SKHCN (ANNUAL: 2022)", refused(REPORTER_TTUDDV, quarter, "period"));
    }

    @Test
    void aPeriodOfAnyTypeACutOffPlanReportsOnIsAccepted() {
        fixtures.now(ProgressFixtures.Q2_ENTRY_OPEN);
        post(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023-Q2")).then().statusCode(201);
        post(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023-H1")).then().statusCode(201);
        fixtures.now("2023-12-11T09:00:00+07:00");
        post(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023")).then().statusCode(201)
                .body("unitDeadline", equalTo("2023-12-18"));
    }

    @Test
    void aCodeThatSpellsNoPeriodIsRefusedWithTheCalendarsRule() {
        Map<String, String> rules = Map.of(
                "2023-H3", "'2023-H3': a half is H1 or H2",
                "2023-10M", "'2023-10M': the one period counted in months is 9M (nine months); six months is H1, twelve the year itself (2023)",
                "2023-Q0", "'2023-Q0': a quarter is Q1, Q2, Q3 or Q4");
        fixtures.now(ProgressFixtures.Q2_ENTRY_OPEN);

        rules.forEach((period, rule) -> assertEquals(rule,
                refused(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", period), "period"), period));
    }

    @Test
    void aPeriodOfATypeThePlanDoesNotReportOnIsRefusedNamingItsTypesAndPeriods() {
        Map<String, Object> quarterlyOnly = PlansServiceStub.cutOffDigest();
        String quarterlyId = UUID.randomUUID().toString();
        quarterlyOnly.put("planId", quarterlyId);
        quarterlyOnly.put("periodTypes", List.of("QUARTERLY"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> periods = (List<Map<String, Object>>) quarterlyOnly.get("periods");
        quarterlyOnly.put("periods", periods.stream().filter(period -> "QUARTERLY".equals(period.get("periodType"))).toList());
        PlansServiceStub.serve(quarterlyOnly);
        Map<String, Object> half = ProgressFixtures.cutOffSubmission("HCTH", "2023-H1");
        half.put("planId", quarterlyId);
        fixtures.now(ProgressFixtures.Q2_ENTRY_OPEN);

        assertEquals("'2023-H1' is not a reporting period of plan 12/KH-SNV (QUARTERLY: 2023-Q1, 2023-Q2, 2023-Q3, 2023-Q4)",
                refused(ProgressFixtures.REPORTER_HCTH, half, "period"));
        assertEquals("'2023-9M' is not a reporting period of plan 12/KH-SNV "
                        + "(QUARTERLY: 2023-Q1, 2023-Q2, 2023-Q3, 2023-Q4; SEMIANNUAL: 2023-H1, 2023-H2; ANNUAL: 2023)",
                refused(ProgressFixtures.REPORTER_HCTH, ProgressFixtures.cutOffSubmission("HCTH", "2023-9M"), "period"));
    }

    @Test
    void onACutOffPlanATaskIsReportedInThePeriodsWhoseWindowItsScheduleOverlaps() {
        // Task 1.2 is held from 20 to 31 March 2023: after the first quarter's cut-off (14 March), in the second quarter's window.
        Map<String, Object> conference = ProgressFixtures.cutOffSubmission("HCTH", "2023-Q1");
        conference.put("taskCode", "1.2");
        conference.put("values", List.of());
        fixtures.now("2023-03-10T09:00:00+07:00");

        assertEquals("task 1.2 is scheduled Cuối tháng 3/2023 (2023-03-20 to 2023-03-31), outside period 2023-Q1 (2022-12-15 to 2023-03-14)",
                refused(ProgressFixtures.REPORTER_HCTH, conference, "period"));
        conference.put("period", "2023-Q2");
        fixtures.now(ProgressFixtures.Q2_ENTRY_OPEN);
        post(ProgressFixtures.REPORTER_HCTH, conference).then().statusCode(201);
    }

    @Test
    void thePeriodMustOverlapTheTasksSchedule() {
        String quarterly = serveQuarterlyPlan();
        Map<String, Object> body = ProgressFixtures.submission("III.6", "CCTDC");
        body.put("planId", quarterly);
        body.put("period", "2022-Q1");

        assertEquals("task III.6 is scheduled Quý IV/2022 (2022-10-01 to 2022-12-31), outside period 2022-Q1 (2022-01-01 to 2022-03-31)",
                refused(DevTokens.reporter("CCTDC"), body, "period"));
        body.put("period", "2022-Q4");
        post(DevTokens.reporter("CCTDC"), body).then().statusCode(201);
    }

    @Test
    void aValueMustBeForAnIndicatorOfTheTask() {
        Map<String, Object> body = ProgressFixtures.submission("III.1", "TTUDDV");
        body.put("values", List.of(value("BT", null, 5)));

        assertEquals("task III.1 has no indicator 'BT' (it is an indicator of task III.3)",
                refused(REPORTER_TTUDDV, body, "values[0].indicatorCode"));
        body.put("values", List.of(value("XYZ", null, 5)));
        assertEquals("task III.1 has no indicator 'XYZ'", refused(REPORTER_TTUDDV, body, "values[0].indicatorCode"));
    }

    @Test
    void aValueOfABrokenDownIndicatorNamesOneOfItsParts() {
        assertEquals("indicator CM is broken down: name one of its parts (PT, TH, BAO)",
                refused(REPORTER_TTUDDV, withValue(value("CM", null, 36)), "values[4].partCode"));
        assertEquals("indicator CM has no part 'TV' (parts: PT, TH, BAO)",
                refused(REPORTER_TTUDDV, withValue(value("CM", "TV", 1)), "values[4].partCode"));
        assertEquals("indicator BT has no parts; leave partCode out",
                refused(REPORTER_TTUDDV, withValue(value("BT", "PT", 1)), "values[4].partCode"));
    }

    @Test
    void anIndicatorOrPartIsGivenOnce() {
        assertEquals("CM/PT is already given at values[1]", refused(REPORTER_TTUDDV, withValue(value("CM", "PT", 1)), "values[4]"));
    }

    @Test
    void aValueIsANonNegativeNumber() {
        assertEquals("must be 0 or more", refused(REPORTER_TTUDDV, withValue(value("BT", null, -1)), "values[4].value"));
        assertTrue(refused(REPORTER_TTUDDV, withValue(value("BT", null, "năm")), "values[4].value").contains("number"));
        assertTrue(refused(REPORTER_TTUDDV, withValue(value("BT", null, "5")), "values[4].value").contains("number"));
        assertEquals("indicator BT is a number: give its value", refused(REPORTER_TTUDDV, withValue(value("BT", null, null)), "values[4].value"));
        assertEquals("must have at most 12 digits before the point and 4 after",
                refused(REPORTER_TTUDDV, withValue(value("BT", null, new BigDecimal("1.23456"))), "values[4].value"));
    }

    @Test
    void evidenceIsALinkOrADocumentReference() {
        Map<String, Object> neither = seedSubmission();
        neither.put("evidence", List.of(Map.of("title", "Ảnh chụp buổi tuyên truyền")));
        Map<String, Object> notALink = seedSubmission();
        notALink.put("evidence", List.of(Map.of("url", "skhcn.quangngai.gov.vn/tin-tuc")));
        Map<String, Object> notWeb = seedSubmission();
        notWeb.put("evidence", List.of(Map.of("url", "file:///C:/bao-cao.docx")));
        Map<String, Object> badDate = seedSubmission();
        badDate.put("evidence", List.of(Map.of("documentNumber", "125/BC-TTUDDV", "documentDate", "05/11/2022")));

        assertEquals("give a url, or a documentNumber (số văn bản or the issue of a publication)",
                refused(REPORTER_TTUDDV, neither, "evidence[0]"));
        assertEquals("'skhcn.quangngai.gov.vn/tin-tuc' is not an http or https address", refused(REPORTER_TTUDDV, notALink, "evidence[0].url"));
        assertEquals("'file:///C:/bao-cao.docx' is not an http or https address", refused(REPORTER_TTUDDV, notWeb, "evidence[0].url"));
        assertTrue(refused(REPORTER_TTUDDV, badDate, "evidence[0].documentDate").contains("date"));
    }

    @Test
    void aPublicationIssueIsAReference() {
        Map<String, Object> body = seedSubmission();
        body.put("evidence", List.of(Map.of("documentNumber", "Số 3125", "documentDate", "2022-06-18", "title", "Báo Quảng Ngãi")));

        post(REPORTER_TTUDDV, body).then().statusCode(201);
    }

    @Test
    void textFieldsHaveLimits() {
        assertEquals("size must be between 0 and 10000", refused(REPORTER_TTUDDV, withText("summary", 10_001), "summary"));
        assertEquals("size must be between 0 and 5000", refused(REPORTER_TTUDDV, withText("difficulties", 5_001), "difficulties"));
        assertEquals("size must be between 0 and 5000", refused(REPORTER_TTUDDV, withText("proposals", 5_001), "proposals"));
        Map<String, Object> longTitle = seedSubmission();
        longTitle.put("evidence", List.of(Map.of("documentNumber", "1/BC", "title", "x".repeat(501))));
        assertEquals("size must be between 0 and 500", refused(REPORTER_TTUDDV, longTitle, "evidence[0].title"));
        Map<String, Object> longUrl = seedSubmission();
        longUrl.put("evidence", List.of(Map.of("url", "https://skhcn.quangngai.gov.vn/" + "a".repeat(2000))));
        assertEquals("size must be between 0 and 2000", refused(REPORTER_TTUDDV, longUrl, "evidence[0].url"));
        post(REPORTER_TTUDDV, withText("summary", 10_000)).then().statusCode(201);
    }

    @Test
    void theKeyAndStatusAreRequired() {
        for (String field : List.of("planId", "taskCode", "unitCode", "period", "status")) {
            Map<String, Object> body = seedSubmission();
            body.remove(field);

            String message = refused(DevTokens.admin(), body, field);

            assertTrue(message.startsWith("must not be"), field + ": " + message);
        }
    }

    @Test
    void theStatusIsOneOfTheKnownOnes() {
        Map<String, Object> body = seedSubmission();
        body.put("status", "FINISHED");

        assertEquals("'FINISHED' is not one of NOT_STARTED, IN_PROGRESS, DONE, CANCELLED", refused(REPORTER_TTUDDV, body, "status"));
    }

    @Test
    void aNewSubmissionHasNoCorrectionReasonAndNoUnknownFields() {
        Map<String, Object> reason = seedSubmission();
        reason.put("correctionReason", "Bổ sung");
        Map<String, Object> unknown = seedSubmission();
        unknown.put("comment", "?");

        assertEquals("only a correction (PUT) carries a reason", refused(REPORTER_TTUDDV, reason, "correctionReason"));
        assertEquals("unknown field 'comment'", refused(REPORTER_TTUDDV, unknown, "comment"));
    }

    @Test
    void everyBrokenRuleIsNamedAtOnce() {
        Map<String, Object> body = seedSubmission();
        body.put("period", "2023");
        body.put("values", List.of(value("XX", null, 1)));
        body.put("evidence", List.of(Map.of("url", "not a link")));

        Response response = fixtures.writesNothing(() -> post(REPORTER_TTUDDV, body));

        Problems.assertInvalidField(response, "period");
        Problems.assertInvalidField(response, "values[0].indicatorCode");
        Problems.assertInvalidField(response, "evidence[0].url");
    }

    /** Asserts that the submission is refused with a 400 naming {@code field}, that nothing was written, and returns the message. */
    private String refused(String token, Map<String, Object> body, String field) {
        return Problems.assertInvalidField(fixtures.writesNothing(() -> post(token, body)), field);
    }

    private static Map<String, Object> withValue(Map<String, Object> extra) {
        Map<String, Object> body = seedSubmission();
        @SuppressWarnings("unchecked")
        List<Object> values = new ArrayList<>((List<Object>) body.get("values"));
        values.add(extra);
        body.put("values", values);
        return body;
    }

    private static Map<String, Object> withText(String field, int length) {
        Map<String, Object> body = seedSubmission();
        body.put(field, "ư".repeat(length));
        return body;
    }

    /** The seed plan as if it were reported on quarterly, under another id. */
    private static String serveQuarterlyPlan() {
        Map<String, Object> digest = PlansServiceStub.seedDigest();
        String id = UUID.randomUUID().toString();
        digest.put("planId", id);
        digest.put("periodType", "QUARTERLY");
        digest.put("periods", List.of(
                Map.of("period", "2022-Q1", "from", "2022-01-01", "to", "2022-03-31", "unitDeadline", "2022-03-25"),
                Map.of("period", "2022-Q2", "from", "2022-04-01", "to", "2022-06-30", "unitDeadline", "2022-06-25"),
                Map.of("period", "2022-Q3", "from", "2022-07-01", "to", "2022-09-30", "unitDeadline", "2022-09-25"),
                Map.of("period", "2022-Q4", "from", "2022-10-01", "to", "2022-12-31", "unitDeadline", "2022-12-15")));
        PlansServiceStub.serve(digest);
        return id;
    }
}
