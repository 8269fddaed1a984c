package vn.planprogress.benchmarks.reports;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The plans and progress services for the benchmark, on the loopback: the generated plans' digests
 * and list, and their submissions as they stood at an instant (the latest revision by then), paged as
 * the progress service pages them. Responses are computed once per plan and kept, so that the figures
 * measure the reports service, not this stand-in.
 */
final class SourcesServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Map<UUID, ProvinceDataSet.Plan> plans = new LinkedHashMap<>();
    private final Map<UUID, List<ProvinceDataSet.Revision>> revisions = new HashMap<>();
    private final Map<String, byte[]> answers = new ConcurrentHashMap<>();

    SourcesServer(ProvinceDataSet data) throws IOException {
        data.plans.forEach(plan -> plans.put(plan.id(), plan));
        data.revisions.forEach(r -> revisions.computeIfAbsent(r.planId(), id -> new ArrayList<>()).add(r));
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/api/v1/plans", this::plans);
        server.createContext("/api/v1/submissions", this::submissions);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void plans(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.endsWith("/digest")) {
            UUID id = UUID.fromString(path.split("/")[4]);
            send(exchange, answers.computeIfAbsent("digest " + id, key -> json(ProvinceDataSet.digest(plans.get(id)))));
            return;
        }
        send(exchange, answers.computeIfAbsent("list", key -> {
            List<Map<String, Object>> items = plans.values().stream().map(plan -> Map.<String, Object>of("id", plan.id(),
                    "number", plan.number(), "title", "Kế hoạch của " + plan.owner(), "year", 2022, "ownerUnit", plan.owner(),
                    "status", "ISSUED", "parentPlanNumber", ProvinceDataSet.PARENT_PLAN)).toList();
            return json(Map.of("items", items, "page", 0, "size", 200, "totalItems", items.size(), "totalPages", 1));
        }));
    }

    private void submissions(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        UUID planId = UUID.fromString(query.get("planId"));
        Instant asOf = Instant.parse(query.get("asOf"));
        int page = Integer.parseInt(query.getOrDefault("page", "0"));
        int size = Integer.parseInt(query.getOrDefault("size", "20"));
        String key = planId + " " + asOf + " " + page + " " + size;
        send(exchange, answers.computeIfAbsent(key, k -> {
            List<Map<String, Object>> all = asOf(planId, asOf);
            int from = Math.min(page * size, all.size());
            return json(Map.of("items", all.subList(from, Math.min(from + size, all.size())), "page", page, "size", size,
                    "totalItems", all.size(), "totalPages", (all.size() + size - 1) / size));
        }));
    }

    private List<Map<String, Object>> asOf(UUID planId, Instant asOf) {
        Map<String, List<ProvinceDataSet.Revision>> bySubmission = new LinkedHashMap<>();
        for (ProvinceDataSet.Revision r : revisions.getOrDefault(planId, List.of())) {
            if (!r.submittedAt().isAfter(asOf)) {
                bySubmission.computeIfAbsent(r.task() + "|" + r.unit() + "|" + r.quarter(), k -> new ArrayList<>()).add(r);
            }
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (List<ProvinceDataSet.Revision> list : bySubmission.values()) {
            ProvinceDataSet.Revision first = list.get(0);
            ProvinceDataSet.Revision latest = list.get(list.size() - 1);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", UUID.nameUUIDFromBytes((planId + latest.task() + latest.unit() + latest.quarter()).getBytes()));
            item.put("planId", planId);
            item.put("taskCode", latest.task());
            item.put("unitCode", latest.unit());
            item.put("period", ProvinceDataSet.PERIODS[latest.quarter()]);
            item.put("status", latest.status());
            item.put("values", List.of(Map.of("indicatorCode", "BT", "value", latest.bulletins()),
                    Map.of("indicatorCode", "CM", "partCode", "A", "value", latest.partA()),
                    Map.of("indicatorCode", "CM", "partCode", "B", "value", latest.partB())));
            item.put("summary", "Đã thực hiện nhiệm vụ " + latest.task());
            item.put("state", "SUBMITTED");
            item.put("revision", latest.revision());
            item.put("submittedAt", latest.submittedAt().toString());
            item.put("firstSubmittedAt", first.submittedAt().toString());
            items.add(item);
        }
        return items;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            query.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return query;
    }

    private static byte[] json(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void send(HttpExchange exchange, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
