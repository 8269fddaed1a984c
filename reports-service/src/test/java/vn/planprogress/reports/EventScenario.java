package vn.planprogress.reports;

import static vn.planprogress.devsupport.JsonApi.as;

import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events of the seed plan as the plans and progress services write them to their outboxes (the data
 * each service states, in Vietnamese), and the feed read the way a client reads it: page after page,
 * from the cursor of the last.
 */
public final class EventScenario {

    public static final String FEED = "/api/v1/events";
    public static final List<String> PLAN_UNITS = List.of("CCTDC", "HCTH", "QLTC", "TTUDDV");

    private EventScenario() {
    }

    /** plan.issued of the seed plan at this version, naming every unit of its tasks. */
    public static Map<String, Object> planIssued(int version, String at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("planId", ServicesStub.SEED_PLAN_ID);
        data.put("number", "1/KH-SKHCN");
        data.put("title", "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ");
        data.put("year", 2022);
        data.put("status", "ISSUED");
        data.put("version", version);
        return OutboxesFake.publish(OutboxesFake.PLANS, "plan.issued", SeedScenario.PLAN, PLAN_UNITS, data, Instant.parse(at));
    }

    /** submission.reviewed of a unit's submission on task III.3, returned with this comment. */
    public static Map<String, Object> submissionReturned(String unit, String comment, String at) {
        Map<String, Object> data = submission(unit, "III.3", 2, "RETURNED");
        data.put("decision", "RETURN");
        data.put("comment", comment);
        return OutboxesFake.publish(OutboxesFake.PROGRESS, "submission.reviewed", SeedScenario.PLAN, List.of(unit), data, Instant.parse(at));
    }

    /** submission.created of a unit's submission on task III.4. */
    public static Map<String, Object> submissionCreated(String unit, String at) {
        return OutboxesFake.publish(OutboxesFake.PROGRESS, "submission.created", SeedScenario.PLAN, List.of(unit),
                submission(unit, "III.4", 1, "SUBMITTED"), Instant.parse(at));
    }

    /** What the progress service states of a submission in each of its events. */
    private static Map<String, Object> submission(String unit, String task, int revision, String reviewStatus) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("submissionId", UUID.randomUUID().toString());
        data.put("planId", ServicesStub.SEED_PLAN_ID);
        data.put("taskId", task);
        data.put("unitCode", unit);
        data.put("period", "2022");
        data.put("revision", revision);
        data.put("reviewStatus", reviewStatus);
        return data;
    }

    /** Every event the caller sees, read page by page from the start; the ids in feed order. */
    public static List<String> ids(String token) {
        return all(token).stream().map(event -> event.get("id").toString()).toList();
    }

    /** Every event the caller sees, read page by page from the start, each page after the last's next. */
    public static List<Map<String, Object>> all(String token) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = null;
        while (true) {
            var request = as(token).queryParam("limit", 500);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.get(FEED).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return events;
            }
            events.addAll(items);
            after = page.getString("next");
        }
    }

    public static List<String> idsOf(List<Map<String, Object>> published) {
        return published.stream().map(event -> event.get("id").toString()).toList();
    }
}
