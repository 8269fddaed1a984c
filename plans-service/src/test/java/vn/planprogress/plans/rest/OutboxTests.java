package vn.planprogress.plans.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.OutboxPages;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.plans.PlanFixtures;

/**
 * Plans issued, amended and closed are told in the outbox that the reports service relays into the
 * event feed: each exactly when its change is made, in order, with the plan as the change left it
 * and the units its tasks name; a reader resumes from the cursor it was last given.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class OutboxTests {

    private static final String TITLE = "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ";
    private static final String AMENDED_TITLE = "Tuyên truyền cải cách hành chính năm 2022 (sửa đổi, bổ sung lần thứ nhất)";
    /** The sample plan's lead units and, through "Các phòng, đơn vị thuộc Sở", every unit directly under SKHCN. */
    private static final List<String> SAMPLE_UNITS = List.of("CCTDC", "HCTH", "KHTC", "QLCN", "QLKH", "QLTC", "TTRA", "TTUDDV");

    @Inject
    PlanFixtures fixtures;

    @Inject
    TestClock clock;

    @BeforeEach
    void units() {
        fixtures.resetWithUnits();
    }

    @Test
    void issueAmendmentAndCloseAreHandedOutInOrderWithThePlanAsEachLeftIt() {
        String id = created();
        assertEquals(List.of(), OutboxPages.read(DevTokens.viewer(), "0.0").getList("items"), "a draft is told to no one");

        clock.set("2022-03-15T09:00:00+07:00");
        String issued = issue(id);
        Map<String, Object> amendment = PlanFixtures.samplePlan();
        amendment.put("title", AMENDED_TITLE);
        // Only the tasks of QLTC and CCTDC stay, with no groups of units.
        amendment.put("tasks", new ArrayList<>(List.of(PlanFixtures.task(amendment, 4), PlanFixtures.task(amendment, 5))));
        clock.set("2022-06-01T10:30:00+07:00");
        String amended = as(DevTokens.planner()).header("If-Match", issued)
                .body(Map.of("reason", "Điều chỉnh nhiệm vụ theo Công văn số 120/STTTT", "plan", amendment))
                .post("/api/v1/plans/" + id + "/amendments").then().statusCode(201).extract().header("ETag");
        String closed = as(DevTokens.planner()).post("/api/v1/plans/" + id + "/close").then().statusCode(200).extract().header("ETag");

        JsonPath outbox = OutboxPages.read(DevTokens.viewer(), "0.0");
        assertEquals(List.of("plan.issued", "plan.amended", "plan.closed"), outbox.getList("items.type"));
        assertEquals(List.of(id, id, id), outbox.getList("items.planId"));
        assertEquals(List.of(id, id, id), outbox.getList("items.data.planId"));
        assertEquals(List.of("1/KH-SKHCN", "1/KH-SKHCN", "1/KH-SKHCN"), outbox.getList("items.data.number"));
        assertEquals(List.of(TITLE, AMENDED_TITLE, AMENDED_TITLE), outbox.getList("items.data.title"));
        assertEquals(List.of(2022, 2022, 2022), outbox.getList("items.data.year"));
        assertEquals(List.of("ISSUED", "ISSUED", "CLOSED"), outbox.getList("items.data.status"));
        assertEquals(List.of(version(issued), version(amended), version(closed)), outbox.getList("items.data.version", Long.class),
                "each event names the version its change answered with");
        assertEquals(List.of("2022-03-15T02:00:00Z", "2022-06-01T03:30:00Z", "2022-06-01T03:30:00Z"), outbox.getList("items.occurredAt"));
        assertEquals(SAMPLE_UNITS, outbox.getList("items[0].units"));
        assertEquals(SAMPLE_UNITS, outbox.getList("items[1].units"), "an amendment is told to the units it takes off the plan too");
        assertEquals(List.of("CCTDC", "QLTC"), outbox.getList("items[2].units"));
        assertEquals(outbox.getString("items[2].cursor"), outbox.getString("next"));
    }

    @Test
    void aRefusedChangeWritesNoEvent() {
        String id = created();
        String issued = issue(id);
        String draft = created();
        Map<String, Long> before = fixtures.rowCounts();

        assertProblem(as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue"), 409);
        assertProblem(as(DevTokens.planner()).post("/api/v1/plans/" + draft + "/close"), 409);
        Map<String, Object> otherYear = PlanFixtures.samplePlan();
        otherYear.put("year", 2023);
        assertInvalidField(as(DevTokens.planner()).header("If-Match", issued).body(Map.of("reason", "Sửa năm", "plan", otherYear))
                .post("/api/v1/plans/" + id + "/amendments"), "plan.year");
        assertProblem(as(DevTokens.planner()).header("If-Match", "\"999\"").body(Map.of("reason", "Sửa", "plan", PlanFixtures.samplePlan()))
                .post("/api/v1/plans/" + id + "/amendments"), 412);
        assertProblem(as(DevTokens.reporter("TTUDDV")).post("/api/v1/plans/" + id + "/close"), 403);

        assertEquals(before, fixtures.rowCounts());
        assertEquals(List.of("plan.issued"), OutboxPages.read(DevTokens.viewer(), "0.0").getList("items.type"));
    }

    @Test
    void anAmendmentRetriedWithItsIdempotencyKeyIsToldOnce() {
        String id = created();
        String issued = issue(id);
        Map<String, Object> amendment = Map.of("reason", "Bổ sung bản tin", "plan", PlanFixtures.samplePlan());

        as(DevTokens.planner()).header("If-Match", issued).header("Idempotency-Key", "amend-1").body(amendment)
                .post("/api/v1/plans/" + id + "/amendments").then().statusCode(201);
        as(DevTokens.planner()).header("If-Match", issued).header("Idempotency-Key", "amend-1").body(amendment)
                .post("/api/v1/plans/" + id + "/amendments").then().statusCode(201).header("Idempotent-Replayed", "true");

        assertEquals(List.of("plan.issued", "plan.amended"), OutboxPages.read(DevTokens.viewer(), "0.0").getList("items.type"));
    }

    @Test
    void aReaderResumesFromTheLastNextItWasGivenWithNothingRepeatedOrSkipped() {
        String first = created();
        String second = created();
        issue(first);
        issue(second);
        as(DevTokens.planner()).post("/api/v1/plans/" + first + "/close").then().statusCode(200);
        List<String> all = OutboxPages.read(DevTokens.viewer(), "0.0").getList("items.id");

        OutboxPages.Walk oneByOne = OutboxPages.oneByOne(DevTokens.viewer(), "0.0", 10);
        String next = oneByOne.next();
        assertEquals(3, all.size());
        assertEquals(all, oneByOne.ids());

        as(DevTokens.planner()).post("/api/v1/plans/" + second + "/close").then().statusCode(200);
        JsonPath resumed = OutboxPages.read(DevTokens.admin(), next);
        assertEquals(List.of("plan.closed"), resumed.getList("items.type"));
        assertEquals(List.of(second), resumed.getList("items.planId"));
        assertFalse(all.contains(resumed.getString("items[0].id")));
    }

    @Test
    void theOutboxIsForThePlatformsServicesAndNamesWhatItRefuses() {
        assertProblem(given().get(OutboxPages.PATH), 401);
        assertProblem(as(DevTokens.reporter("TTUDDV")).get(OutboxPages.PATH), 403);
        assertInvalidField(as(DevTokens.viewer()).queryParam("after", "abc").get(OutboxPages.PATH), "after");
        assertInvalidField(as(DevTokens.viewer()).queryParam("limit", 0).get(OutboxPages.PATH), "limit");
        assertInvalidField(as(DevTokens.viewer()).queryParam("limit", 501).get(OutboxPages.PATH), "limit");
        assertInvalidField(as(DevTokens.viewer()).queryParam("limit", "abc").get(OutboxPages.PATH), "limit");
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertFalse(document.contains("/internal"), "the outbox is not part of the public contract");
    }

    private static String created() {
        return PlanFixtures.createSamplePlan().then().statusCode(201).extract().path("id");
    }

    private static String issue(String id) {
        return as(DevTokens.planner()).post("/api/v1/plans/" + id + "/issue").then().statusCode(200).extract().header("ETag");
    }

    private static long version(String etag) {
        return Long.parseLong(etag.replace("\"", ""));
    }
}
