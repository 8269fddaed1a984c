package vn.planprogress.devsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;

/** A service's outbox ({@code GET /internal/v1/outbox}) read as the reports service's relay reads it. */
public final class OutboxPages {

    public static final String PATH = "/internal/v1/outbox";

    /** What reading one event a page gave: the event ids in order, and the next to resume from. */
    public record Walk(List<String> ids, String next) {
    }

    private OutboxPages() {
    }

    public static JsonPath read(String token, String after) {
        return read(token, after, 200);
    }

    public static JsonPath read(String token, String after, int limit) {
        Response response = as(token).queryParam("after", after).queryParam("limit", limit).get(PATH);
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /**
     * Reads one event a page from {@code after}, each page after the last one's next, until a page is
     * empty, whose next must be the cursor it was asked after.
     */
    public static Walk oneByOne(String token, String after, int atMost) {
        List<String> ids = new ArrayList<>();
        String next = after;
        for (int page = 0; page < atMost; page++) {
            JsonPath batch = read(token, next, 1);
            if (batch.getList("items").isEmpty()) {
                assertEquals(next, batch.getString("next"), "with nothing new, next is the cursor given");
                return new Walk(ids, next);
            }
            ids.addAll(batch.getList("items.id"));
            next = batch.getString("next");
        }
        throw new AssertionError("the outbox had more than " + atMost + " events after " + after);
    }
}
