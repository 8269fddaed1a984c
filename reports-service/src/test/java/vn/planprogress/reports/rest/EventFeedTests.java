package vn.planprogress.reports.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.reports.EventScenario.FEED;
import static vn.planprogress.reports.EventScenario.idsOf;
import static vn.planprogress.reports.EventScenario.planIssued;
import static vn.planprogress.reports.EventScenario.submissionCreated;
import static vn.planprogress.reports.EventScenario.submissionReturned;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.events.EventType;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.EventScenario;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.service.EventRelay;

/**
 * GET /api/v1/events as an integrator reads it: pages resumed from their next with nothing skipped or
 * repeated, filtered by type, unit-scoped for reporters, and every malformed parameter refused by name.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class EventFeedTests {

    @Inject
    ReportFixtures fixtures;

    @Inject
    EventRelay relay;

    private List<Map<String, Object>> published;

    @BeforeEach
    void sevenEventsRelayed() {
        fixtures.reset();
        SeedScenario.record();
        published = new ArrayList<>(List.of(
                planIssued(1, "2022-01-10T02:00:00Z"),
                submissionCreated("TTUDDV", "2022-11-08T02:15:00Z"),
                submissionCreated("HCTH", "2022-11-09T03:00:00Z"),
                submissionReturned("TTUDDV", "Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi", "2022-11-11T03:00:00Z"),
                submissionCreated("QLTC", "2022-11-11T04:00:00Z"),
                planIssued(2, "2022-11-11T05:00:00Z"),
                submissionReturned("HCTH", "Thiếu địa điểm tổ chức hội thảo", "2022-11-12T01:00:00Z")));
        relay.relay();
    }

    @Test
    void aClientResumingFromEachPagesNextGetsEveryEventOnceInOrder() {
        // The plans events are relayed before the progress ones: the feed's order is the relay's.
        List<String> inFeedOrder = idsOf(List.of(published.get(0), published.get(5), published.get(1), published.get(2), published.get(3),
                published.get(4), published.get(6)));
        List<String> read = new ArrayList<>();
        String after = null;
        int pages = 0;
        while (true) {
            var request = as(DevTokens.viewer()).queryParam("limit", 3);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id");
            if (ids.isEmpty()) {
                assertEquals(after, page.getString("next"), "no events: next is the cursor asked after, to ask with again");
                break;
            }
            assertEquals(page.getString("items[" + (ids.size() - 1) + "].cursor"), page.getString("next"));
            read.addAll(ids);
            after = page.getString("next");
            pages++;
        }
        assertEquals(inFeedOrder, read);
        assertEquals(3, pages);

        // Later events come after the stored cursor, and only they.
        Map<String, Object> later = submissionCreated("CCTDC", "2022-11-13T02:00:00Z");
        relay.relay();
        assertEquals(List.of(later.get("id")), as(DevTokens.viewer()).queryParam("after", after).get(FEED).then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
    }

    @Test
    void anEventStatesWhatItsServiceWroteWithItsCursor() {
        JsonPath page = as(DevTokens.viewer()).queryParam("limit", 500).get(FEED).then().statusCode(200)
                .contentType("application/json").extract().jsonPath();

        Map<String, Object> returned = page.getMap("items.find { it.type == 'submission.reviewed' }");
        assertEquals(published.get(3).get("id"), returned.get("id"));
        assertEquals("progress", returned.get("source"));
        assertEquals("2022-11-11T03:00:00Z", returned.get("occurredAt"));
        assertEquals(ServicesStub.SEED_PLAN_ID, returned.get("planId"));
        assertEquals(List.of("TTUDDV"), returned.get("units"));
        assertEquals(published.get(3).get("data"), returned.get("data"));
        assertEquals("Bổ sung minh chứng chuyên mục trên Báo Quảng Ngãi", page.getString("items.find { it.type == 'submission.reviewed' }.data.comment"));
        Map<String, Object> issued = page.getMap("items[0]");
        assertEquals("plan.issued", issued.get("type"));
        assertEquals("plans", issued.get("source"));
        assertEquals(EventScenario.PLAN_UNITS, issued.get("units"));
        assertEquals("Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", page.getString("items[0].data.title"));
        // An event's cursor reads on from just after it.
        assertEquals(page.getString("items[1].id"), as(DevTokens.viewer()).queryParam("after", issued.get("cursor")).queryParam("limit", 1)
                .get(FEED).then().statusCode(200).extract().path("items[0].id"));
    }

    @Test
    void withoutAfterTheFeedStartsAtTheBeginningAndAnEmptyFeedGivesACursorToStore() {
        assertEquals(idsOf(published.subList(0, 1)), as(DevTokens.viewer()).queryParam("limit", 1).get(FEED).then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
        fixtures.reset();

        JsonPath empty = as(DevTokens.viewer()).get(FEED).then().statusCode(200).extract().jsonPath();

        assertEquals(List.of(), empty.getList("items"));
        String start = empty.getString("next");
        Map<String, Object> first = planIssued(3, "2022-11-13T02:00:00Z");
        relay.relay();
        assertEquals(List.of(first.get("id")), as(DevTokens.viewer()).queryParam("after", start).get(FEED).then().statusCode(200)
                .extract().jsonPath().getList("items.id"));
    }

    @Test
    void typeFiltersTheFeedAndCanBeRepeated() {
        assertEquals(idsOf(List.of(published.get(3), published.get(6))), as(DevTokens.viewer()).queryParam("type", "submission.reviewed")
                .get(FEED).then().statusCode(200).extract().jsonPath().getList("items.id"));
        JsonPath both = as(DevTokens.viewer()).queryParam("type", "submission.reviewed", "plan.issued").queryParam("limit", 3)
                .get(FEED).then().statusCode(200).extract().jsonPath();
        assertEquals(idsOf(List.of(published.get(0), published.get(5), published.get(3))), both.getList("items.id"));
        assertEquals(idsOf(List.of(published.get(6))), as(DevTokens.viewer()).queryParam("type", "submission.reviewed", "plan.issued")
                .queryParam("after", both.getString("next")).get(FEED).then().statusCode(200).extract().jsonPath().getList("items.id"));
        assertEquals(List.of(), as(DevTokens.viewer()).queryParam("type", "report.ready").get(FEED).then().statusCode(200)
                .extract().jsonPath().getList("items"));
    }

    @Test
    void aReporterSeesOnlyTheEventsThatNameItsUnit() {
        List<String> ofTtuddv = idsOf(List.of(published.get(0), published.get(5), published.get(1), published.get(3)));
        assertEquals(ofTtuddv, EventScenario.ids(DevTokens.reporter("TTUDDV")));
        assertEquals(idsOf(List.of(published.get(0), published.get(5), published.get(2), published.get(6))),
                EventScenario.ids(DevTokens.reporter("HCTH")));
        JsonPath firstTwo = as(DevTokens.reporter("TTUDDV")).queryParam("limit", 2).queryParam("type", "submission.created",
                "submission.reviewed").get(FEED).then().statusCode(200).extract().jsonPath();
        assertEquals(ofTtuddv.subList(2, 4), firstTwo.getList("items.id"));
        assertEquals(List.of(), as(DevTokens.reporter("KHTC")).get(FEED).then().statusCode(200).extract().jsonPath().getList("items"),
                "a unit that no event names sees none");
        assertEquals(7, EventScenario.ids(DevTokens.viewer()).size());
        Problems.assertProblem(as(DevTokens.mint("reporter.nounit@dev", Set.of("reporter"), null, Duration.ofHours(1))).get(FEED), 403);
    }

    @Test
    void aViewerReadsTheFeedAndACallerWithoutATokenIsRefused() {
        as(DevTokens.viewer()).get(FEED).then().statusCode(200);
        as(DevTokens.admin()).get(FEED).then().statusCode(200);
        Problems.assertProblem(given().accept("application/json").get(FEED), 401);
    }

    @Test
    void anAfterTheFeedDidNotGiveIsRefusedNamingIt() {
        String last = as(DevTokens.viewer()).queryParam("limit", 500).get(FEED).then().statusCode(200).extract().path("next");
        as(DevTokens.viewer()).queryParam("after", last).get(FEED).then().statusCode(200);

        for (String wrong : List.of("garbage!", "0.0", base64("feed:3"), "x" + base64("feed:3"), "e" + base64("plans:3"),
                "e" + base64("feed:" + (position(last) + 1)), "e" + base64("feed:99999999"))) {
            String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("after", wrong).get(FEED), "after");
            assertTrue(message.contains("not a cursor"), wrong + ": " + message);
        }
    }

    @Test
    void anUnknownTypeOrALimitOutOfRangeIsRefusedNamingIt() {
        String message = Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("type", "plan.issued", "plan.deleted").get(FEED), "type");
        assertTrue(message.startsWith("'plan.deleted' is not an event type; the types are plan.issued, "), message);
        assertTrue(Arrays.stream(EventType.values()).allMatch(type -> message.contains(type.wireName())), message);
        for (String wrong : List.of("0", "501", "-1")) {
            Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("limit", wrong).get(FEED), "limit");
        }
        Problems.assertInvalidField(as(DevTokens.viewer()).queryParam("limit", "many").get(FEED), "limit");
        var both = as(DevTokens.viewer()).queryParam("limit", 0).queryParam("type", "snapshot").get(FEED);
        Problems.assertInvalidField(both, "type");
        Problems.assertInvalidField(both, "limit");
        as(DevTokens.viewer()).queryParam("limit", 500).get(FEED).then().statusCode(200);
        as(DevTokens.viewer()).queryParam("limit", 1).get(FEED).then().statusCode(200);
    }

    private static long position(String cursor) {
        String text = new String(Base64.getUrlDecoder().decode(cursor.substring(1)), StandardCharsets.UTF_8);
        return Long.parseLong(text.substring("feed:".length()));
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
