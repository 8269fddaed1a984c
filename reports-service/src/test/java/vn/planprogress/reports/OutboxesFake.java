package vn.planprogress.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The plans and progress services' outboxes ({@code GET /internal/v1/outbox?after=&limit=}), faked over HTTP
 * with the contract's semantics: each keeps the events a test publishes, in order, each with its cursor
 * {@code <transaction>.<position>}, and answers the events after the cursor asked for, at most {@code limit},
 * with the cursor to ask after next (the one asked for when there are none). A source can be taken down
 * (it answers 503) at once or after some answers, and brought back with every event it kept.
 */
public class OutboxesFake implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "outbox-after";
    public static final String PLANS = "plans";
    public static final String PROGRESS = "progress";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Map<String, List<Map<String, Object>>> EVENTS = new ConcurrentHashMap<>();
    /** Answers each source gives before it goes down; absent: it stays up. */
    private static final Map<String, AtomicInteger> ANSWERS_LEFT = new ConcurrentHashMap<>();
    private static final AtomicLong POSITION = new AtomicLong();
    private static final AtomicInteger DELAY_MILLIS = new AtomicInteger();

    /** Writes an event to the source's outbox, as its service does in the transaction of the change; returns it as the outbox hands it out. */
    public static Map<String, Object> publish(String source, String type, UUID planId, List<String> units, Map<String, Object> data,
                                              Instant occurredAt) {
        long position = POSITION.incrementAndGet();
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", UUID.randomUUID().toString());
        event.put("type", type);
        event.put("occurredAt", occurredAt.toString());
        event.put("planId", planId == null ? null : planId.toString());
        event.put("units", units);
        event.put("data", data);
        // Transactions and positions both grow here; the cursors compare as the service's do: transaction, then position.
        event.put("cursor", (700 + position) + "." + position);
        EVENTS.computeIfAbsent(source, s -> new CopyOnWriteArrayList<>()).add(event);
        return event;
    }

    /** The source answers 503 from now on, until {@link #up}. */
    public static void down(String source) {
        downAfter(source, 0);
    }

    /** The source answers this many requests, then 503, until {@link #up}. */
    public static void downAfter(String source, int answers) {
        ANSWERS_LEFT.put(source, new AtomicInteger(answers));
    }

    public static void up(String source) {
        ANSWERS_LEFT.remove(source);
    }

    /** Every answer takes this long, as a busy service's does. */
    public static void answerAfter(int millis) {
        DELAY_MILLIS.set(millis);
    }

    public static void clear() {
        EVENTS.clear();
        ANSWERS_LEFT.clear();
        DELAY_MILLIS.set(0);
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String source = request.getUrl().startsWith("/" + PLANS + "/") ? PLANS : PROGRESS;
        AtomicInteger left = ANSWERS_LEFT.get(source);
        if (left != null && left.getAndDecrement() <= 0) {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(503).build();
        }
        String after = param(request, "after", "0.0");
        int limit = Integer.parseInt(param(request, "limit", "200"));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Map<String, Object> event : EVENTS.getOrDefault(source, List.of())) {
            if (items.size() < limit && compare(event.get("cursor").toString(), after) > 0) {
                items.add(event);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", items);
        body.put("next", items.isEmpty() ? after : items.get(items.size() - 1).get("cursor"));
        try {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200).withFixedDelay(DELAY_MILLIS.get())
                    .withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int compare(String cursor, String other) {
        String[] a = cursor.split("\\.");
        String[] b = other.split("\\.");
        int byTransaction = Long.compare(Long.parseLong(a[0]), Long.parseLong(b[0]));
        return byTransaction != 0 ? byTransaction : Long.compare(Long.parseLong(a[1]), Long.parseLong(b[1]));
    }

    private static String param(Request request, String name, String otherwise) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : otherwise;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }
}
