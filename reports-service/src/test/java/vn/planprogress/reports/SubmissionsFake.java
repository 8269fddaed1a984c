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
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The progress service's list of submissions, faked over HTTP with the contract's semantics: it keeps
 * every revision a test records and answers {@code GET /api/v1/submissions?planId=&period=&asOf=&page=&size=}
 * with each submission as it stood at {@code asOf} (its latest non-draft revision by then, firstSubmittedAt
 * from the non-draft revisions by then; those with none are left out), paged.
 */
public class SubmissionsFake implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "submissions-as-of";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final List<Revision> REVISIONS = new CopyOnWriteArrayList<>();
    private static final java.util.Set<String> RETURNED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final AtomicInteger PAGE_SIZE_LIMIT = new AtomicInteger(200);

    /** One revision of a unit's submission on a task for a period, as the unit sent it. */
    public record Revision(UUID planId, String taskCode, String unitCode, String period, String status,
                           List<Map<String, Object>> values, String difficulties, String proposals, boolean draft,
                           Instant submittedAt) {
    }

    public static void record(Revision revision) {
        REVISIONS.add(revision);
    }

    /** Trả lại: the reviewer returned the unit's submission on the task for more (its state is RETURNED). */
    public static void returned(String taskCode, String unitCode) {
        RETURNED.add(taskCode + "/" + unitCode);
    }

    public static void clear() {
        REVISIONS.clear();
        RETURNED.clear();
        PAGE_SIZE_LIMIT.set(200);
    }

    /** Makes the fake answer smaller pages than asked for, as a service may, so that paging is exercised. */
    public static void limitPageSize(int size) {
        PAGE_SIZE_LIMIT.set(size);
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        Request request = event.getRequest();
        String planId = param(request, "planId");
        String period = param(request, "period");
        String asOfText = param(request, "asOf");
        Instant asOf = asOfText == null ? Instant.MAX : OffsetDateTime.parse(asOfText).toInstant();
        int page = Integer.parseInt(orDefault(param(request, "page"), "0"));
        int size = Math.min(Integer.parseInt(orDefault(param(request, "size"), "20")), PAGE_SIZE_LIMIT.get());
        List<Map<String, Object>> all = asOf(planId, period, asOf);
        int from = Math.min(page * size, all.size());
        int to = Math.min(from + size, all.size());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", all.subList(from, to));
        body.put("page", page);
        body.put("size", size);
        body.put("totalItems", all.size());
        body.put("totalPages", (all.size() + size - 1) / size);
        try {
            return ResponseDefinitionBuilder.responseDefinition().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The submissions of a plan and period as they stood at {@code asOf}, as the progress service answers them. */
    public static List<Map<String, Object>> asOf(String planId, String period, Instant asOf) {
        Map<String, List<Revision>> bySubmission = new TreeMap<>();
        for (Revision revision : REVISIONS) {
            if ((planId == null || revision.planId().toString().equals(planId)) && (period == null || revision.period().equals(period))) {
                bySubmission.computeIfAbsent(revision.taskCode() + "|" + revision.unitCode() + "|" + revision.period(),
                        key -> new ArrayList<>()).add(revision);
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (List<Revision> revisions : bySubmission.values()) {
            revisions.sort(Comparator.comparing(Revision::submittedAt));
            List<Revision> visible = revisions.stream().filter(r -> !r.draft() && !r.submittedAt().isAfter(asOf)).toList();
            if (visible.isEmpty()) {
                continue;
            }
            Revision latest = visible.get(visible.size() - 1);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", UUID.nameUUIDFromBytes((latest.planId() + latest.taskCode() + latest.unitCode() + latest.period()).getBytes()));
            item.put("planId", latest.planId());
            item.put("taskCode", latest.taskCode());
            item.put("unitCode", latest.unitCode());
            item.put("period", latest.period());
            item.put("status", latest.status());
            item.put("values", latest.values());
            item.put("summary", "Kết quả thực hiện nhiệm vụ " + latest.taskCode());
            item.put("difficulties", latest.difficulties());
            item.put("proposals", latest.proposals());
            item.put("evidence", List.of());
            item.put("state", RETURNED.contains(latest.taskCode() + "/" + latest.unitCode()) ? "RETURNED" : "SUBMITTED");
            item.put("revision", revisions.indexOf(latest) + 1);
            item.put("submittedBy", "reporter." + latest.unitCode().toLowerCase() + "@dev");
            item.put("submittedAt", latest.submittedAt().toString());
            item.put("firstSubmittedAt", visible.get(0).submittedAt().toString());
            items.add(item);
        }
        return items;
    }

    private static String param(Request request, String name) {
        QueryParameter parameter = request.queryParameter(name);
        return parameter != null && parameter.isPresent() ? parameter.firstValue() : null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
