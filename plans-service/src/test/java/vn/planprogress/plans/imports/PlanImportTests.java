package vn.planprogress.plans.imports;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/** POST /api/v1/plans/imports: a plan's own document becomes a draft plan, kept with its findings; bad documents write nothing. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class PlanImportTests {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String DOCX = DocumentForm.DOCX.mediaType();
    private static final String PDF = DocumentForm.PDF.mediaType();
    private static final String SAMPLE_TITLE = "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ";

    @Inject
    PlanFixtures fixtures;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void theSeedAsTextBecomesADraftPlanWhoseLocationIsGiven() {
        Response answer = sending(DevTokens.planner(), TEXT, ImportSources.seed()).post("/api/v1/plans/imports");

        answer.then().statusCode(201);
        String planId = answer.path("planId");
        assertEquals("/api/v1/plans/" + planId, java.net.URI.create(answer.header("Location")).getPath());
        assertEquals("TEXT", answer.path("form"));
        assertEquals(List.of("MADE_UP_CODE", "MADE_UP_CODE", "INFERRED_REFERENCE", "INFERRED_REFERENCE"), answer.path("findings.kind"));
        assertEquals("SỞ KHOA HỌC VÀ CÔNG NGHỆ", answer.path("header.issuingBody"));

        Response plan = as(DevTokens.viewer()).get("/api/v1/plans/" + planId);
        plan.then().statusCode(200);
        assertEquals("DRAFT", plan.path("status"));
        assertEquals(SAMPLE_TITLE, plan.path("title"));
        assertEquals(List.of("III.1", "III.2", "III.3", "III.4", "III.5", "III.6"), plan.path("tasks.code"));
        assertEquals(List.of("2022-11-10"), List.copyOf(((Map<String, String>) plan.path("reporting.unitDeadline.dates")).values()));

        Response again = as(DevTokens.viewer()).get("/api/v1/plans/imports/" + answer.path("id"));
        again.then().statusCode(200);
        assertEquals(planId, again.path("planId"));
        assertEquals((String) answer.path("sha256"), again.path("sha256"));
        assertEquals((List<?>) answer.path("findings.message"), again.path("findings.message"));
        assertEquals(1L, fixtures.count("select count(*) from plan_import where document is not null and byte_size = "
                + ImportSources.seed().length));
    }

    @Test
    void theSeedAsWordAndAsPdfImportsTheSameTasks() {
        byte[] docx = TestDocuments.docx(SeedDocument.of(ImportSources.seed()));
        byte[] pdf = TestDocuments.pdf(SeedDocument.of(ImportSources.seed()));
        for (Object[] form : new Object[][] {{DOCX, docx, "DOCX"}, {PDF, pdf, "PDF"}}) {
            Response answer = sending(DevTokens.planner(), (String) form[0], (byte[]) form[1]).post("/api/v1/plans/imports");
            answer.then().statusCode(201);
            assertEquals(form[2], answer.path("form"));
            assertEquals(List.of("III.1", "III.2", "III.3", "III.4", "III.5", "III.6"),
                    as(DevTokens.viewer()).get("/api/v1/plans/" + answer.path("planId")).path("tasks.code"));
        }
    }

    @Test
    void aDryRunAnswersTheSameAndCreatesNothing() {
        Map<String, Long> before = fixtures.rowCounts();

        Response answer = sending(DevTokens.planner(), TEXT, ImportSources.seed()).post("/api/v1/plans/imports?dryRun=true");

        answer.then().statusCode(200);
        assertEquals(true, answer.path("dryRun"));
        assertNull(answer.path("id"));
        assertNull(answer.path("planId"));
        assertEquals(SAMPLE_TITLE, answer.path("plan.title"));
        assertEquals(4, answer.<List<?>>path("findings").size());
        assertEquals(before, fixtures.rowCounts());
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyImportsOnce() {
        Response first = sending(DevTokens.planner(), TEXT, ImportSources.seed()).header("Idempotency-Key", "import-1")
                .post("/api/v1/plans/imports");
        Response retry = sending(DevTokens.planner(), TEXT, ImportSources.seed()).header("Idempotency-Key", "import-1")
                .post("/api/v1/plans/imports");

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals((String) first.path("id"), retry.path("id"));
        assertEquals(1L, fixtures.count("select count(*) from plan"));
        assertEquals(1L, fixtures.count("select count(*) from plan_import"));
        assertProblem(sending(DevTokens.planner(), TEXT, "other".getBytes(StandardCharsets.UTF_8)).header("Idempotency-Key", "import-1")
                .post("/api/v1/plans/imports"), 422);
    }

    @Test
    void aUnitMissingFromTheDirectoryIsAFindingAndTheDraftIsStillCreated() {
        fixtures.sql("delete from unit where code = 'STTTT'");

        Response answer = sending(DevTokens.planner(), TEXT, ImportSources.seed()).post("/api/v1/plans/imports");

        answer.then().statusCode(201);
        assertNotNull(answer.path("planId"));
        assertEquals("reporting.reportTo.via", answer.path("findings.find { it.kind == 'UNKNOWN_UNIT' }.field"));
        String unknown = answer.path("findings.find { it.kind == 'UNKNOWN_UNIT' }.message");
        assertTrue(unknown.contains("is not in the unit directory: add it or pick one"), unknown);
        assertNotNull(answer.path("findings.find { it.kind == 'UNKNOWN_UNIT' }.source"));
    }

    @Test
    void aDraftThatBreaksAPlanRuleIsKeptWithTheRuleAsAFindingButNoPlanIsCreated() {
        fixtures.sql("delete from unit where code = 'TTUDDV'");

        Response answer = sending(DevTokens.planner(), TEXT, ImportSources.seed()).post("/api/v1/plans/imports");

        answer.then().statusCode(201);
        assertNull(answer.path("planId"));
        assertEquals(0L, fixtures.count("select count(*) from plan"));
        assertEquals("/api/v1/plans/imports/" + answer.path("id"), java.net.URI.create(answer.header("Location")).getPath());
        List<String> ruleFields = answer.path("findings.findAll { it.kind == 'PLAN_RULE' }.field");
        assertTrue(ruleFields.contains("tasks[0].leadUnits"), ruleFields.toString());
        assertEquals(SAMPLE_TITLE, answer.path("plan.title"), "the draft to correct and POST is in the answer");
        assertEquals(1L, fixtures.count("select count(*) from plan_import where plan_id is null"));
    }

    @Test
    void theImportedDraftIsIssuedLikeAnyOther() {
        String planId = sending(DevTokens.planner(), TEXT, ImportSources.seed()).post("/api/v1/plans/imports").path("planId");
        String etag = as(DevTokens.viewer()).get("/api/v1/plans/" + planId).header("ETag");

        Response issued = as(DevTokens.planner()).header("If-Match", etag).body("{\"sequence\": 12, \"issuedOn\": \"2022-03-15\"}")
                .post("/api/v1/plans/" + planId + "/issue");

        issued.then().statusCode(200);
        assertEquals("ISSUED", issued.path("status"));
        assertEquals("12/KH-SKHCN", issued.path("number"));
    }

    @Test
    void badDocumentsAreRefusedEachWithItsOwnProblemAndWriteNothing() {
        Map<String, Long> before = fixtures.rowCounts();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        String notAPlan = "UBND TỈNH QUẢNG NGÃI\nSỞ NỘI VỤ\nBÁO CÁO\nKết quả công tác tháng 5 năm 2024\nI. KẾT QUẢ\n1. Đã hoàn thành.\n";
        String tcvn3 = "KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh n¨m 2022 cña Së Khoa häc vµ C«ng nghÖ\n";

        assertType(sending(DevTokens.planner(), TEXT, new byte[0]).post("/api/v1/plans/imports"), 400, "validation-failed");
        assertType(sending(DevTokens.planner(), PDF, png).post("/api/v1/plans/imports"), 415, "unsupported-media-type");
        assertType(sending(DevTokens.planner(), "application/json", "{}".getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans/imports"),
                415, "unsupported-media-type");
        assertType(sending(DevTokens.planner(), TEXT, notAPlan.getBytes(StandardCharsets.UTF_8)).post("/api/v1/plans/imports"),
                422, "document-not-a-plan");
        assertType(sending(DevTokens.planner(), TEXT, tcvn3.getBytes(StandardCharsets.ISO_8859_1)).post("/api/v1/plans/imports"),
                422, "document-legacy-encoding");
        assertType(sending(DevTokens.planner(), DOCX, "PK\u0003\u0004broken".getBytes(StandardCharsets.ISO_8859_1))
                .post("/api/v1/plans/imports"), 422, "document-unreadable");
        assertProblem(sending(DevTokens.viewer(), TEXT, ImportSources.seed()).post("/api/v1/plans/imports"), 403);
        assertProblem(sending(DevTokens.reporter("HCTH"), TEXT, ImportSources.seed()).post("/api/v1/plans/imports"), 403);
        assertProblem(as(DevTokens.viewer()).get("/api/v1/plans/imports/" + java.util.UUID.randomUUID()), 404);

        assertEquals(before, fixtures.rowCounts());
    }

    private static void assertType(Response answer, int status, String type) {
        assertProblem(answer, status);
        assertEquals("urn:planprogress:problem:" + type, answer.path("type"), () -> answer.asString());
    }

    private static RequestSpecification sending(String token, String contentType, byte[] body) {
        return given().config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .auth().oauth2(token).contentType(contentType).accept("application/json").body(body);
    }
}
