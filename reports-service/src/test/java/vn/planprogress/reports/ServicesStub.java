package vn.planprogress.reports;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The plans and progress services (and a webhook receiver), replaced over HTTP by one WireMock server:
 * it serves the seed plan's digest and the plans list, the submissions the tests record through
 * {@link SubmissionsFake}, and the two services' outboxes (under /plans and /progress, the addresses
 * the relay is given for them) with the events the tests publish through {@link OutboxesFake}. Failures (errors, delays, dropped connections) are stubbed over them.
 */
public class ServicesStub implements QuarkusTestResourceLifecycleManager {

    public static final String SEED_PLAN_ID = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10";
    public static final String SUBMISSIONS = "/api/v1/submissions";
    public static final String WEBHOOK = "/hooks/reminders";
    public static final String OUTBOX = "/internal/v1/outbox";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Map<String, Object>> LISTED = new ArrayList<>();
    private static WireMockServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().containerThreads(20).extensions(new SubmissionsFake(), new OutboxesFake()));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "services-stub-stop"));
        }
        return Map.of("quarkus.rest-client.plans.url", server.baseUrl(),
                "quarkus.rest-client.progress.url", server.baseUrl(),
                "quarkus.rest-client.plans-outbox.url", server.baseUrl() + "/" + OutboxesFake.PLANS,
                "quarkus.rest-client.progress-outbox.url", server.baseUrl() + "/" + OutboxesFake.PROGRESS,
                "planprogress.reports.reminders.webhook-url", server.baseUrl() + WEBHOOK);
    }

    @Override
    public void stop() {
        // Stopped with the JVM, like the database: every test class shares it.
    }

    public static WireMockServer server() {
        return server;
    }

    /** Forgets every stub, request, revision and event, then serves the seed plan (issued), no submissions and empty outboxes. */
    public static void reset() {
        server.resetAll();
        SubmissionsFake.clear();
        OutboxesFake.clear();
        LISTED.clear();
        server.stubFor(get(urlPathEqualTo(SUBMISSIONS)).atPriority(10)
                .willReturn(aResponse().withTransformers(SubmissionsFake.NAME)));
        for (String source : List.of(OutboxesFake.PLANS, OutboxesFake.PROGRESS)) {
            server.stubFor(get(urlPathEqualTo("/" + source + OUTBOX)).atPriority(10)
                    .willReturn(aResponse().withTransformers(OutboxesFake.NAME)));
        }
        serve(seedDigest());
    }

    /** Serves this digest under its planId, and lists the plan (by status and parent plan number). */
    public static void serve(Map<String, Object> digest) {
        try {
            answerDigest(digest.get("planId").toString(), aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("ETag", "\"" + digest.get("version") + "\"")
                    .withBody(JSON.writeValueAsString(digest)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        LISTED.removeIf(plan -> plan.get("id").equals(digest.get("planId")));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("id", digest.get("planId"));
        summary.put("number", digest.get("number"));
        summary.put("title", digest.get("title"));
        summary.put("year", digest.get("year"));
        summary.put("ownerUnit", digest.get("ownerUnit"));
        summary.put("status", digest.get("status"));
        @SuppressWarnings("unchecked")
        Map<String, Object> parent = (Map<String, Object>) digest.get("parentPlanRef");
        summary.put("parentPlanNumber", parent == null ? null : parent.get("number"));
        summary.put("taskCount", ((List<?>) digest.get("tasks")).size());
        summary.put("version", digest.get("version"));
        LISTED.add(summary);
        stubPlanLists();
    }

    /** Answers the digest of this plan as told: an error status, a delay, a dropped connection. */
    public static void answerDigest(String planId, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlEqualTo("/api/v1/plans/" + planId + "/digest")).atPriority(5).willReturn(response));
    }

    /** Lists these lock exceptions of the plan, as a plain list (as the plans service may answer them). */
    public static void serveLockExceptions(String planId, List<Map<String, Object>> exceptions) {
        try {
            answerLockExceptions(planId, aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(JSON.writeValueAsString(exceptions)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers the plan's lock exceptions as told (a page of them, an error). */
    public static void answerLockExceptions(String planId, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo("/api/v1/plans/" + planId + "/lock-exceptions")).atPriority(5).willReturn(response));
    }

    /** Answers every submissions request as told, over the fake (e.g. a 500 while the progress service is down). */
    public static void answerSubmissions(ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(SUBMISSIONS)).atPriority(1).willReturn(response));
    }

    /** A fresh copy of the seed plan's digest (the plan in shared/seed as the plans service states it once issued). */
    public static Map<String, Object> seedDigest() {
        try (InputStream in = ServicesStub.class.getResourceAsStream("/plans/seed-digest.json")) {
            return JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plans list, one page of everything, by status and by parent plan number, as the plans service filters it. */
    private static void stubPlanLists() {
        server.removeStubsByMetadata(matchingJsonPath("$.list"));
        for (String status : List.of("ISSUED", "DRAFT", "CLOSED")) {
            stubList(get(urlPathEqualTo("/api/v1/plans")).withQueryParam("status",
                    equalTo(status)), plan -> status.equals(plan.get("status")));
        }
        LISTED.stream().map(plan -> plan.get("parentPlanNumber")).distinct().filter(Objects::nonNull).forEach(number ->
                stubList(get(urlPathEqualTo("/api/v1/plans")).withQueryParam("parentPlanNumber",
                        equalTo(number.toString())), plan -> number.equals(plan.get("parentPlanNumber"))));
        stubList(get(urlPathEqualTo("/api/v1/plans")).atPriority(20), plan -> false);
    }

    private static void stubList(MappingBuilder request,
                                 Predicate<Map<String, Object>> filter) {
        List<Map<String, Object>> items = LISTED.stream().filter(filter).toList();
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("items", items);
        page.put("page", 0);
        page.put("size", 200);
        page.put("totalItems", items.size());
        page.put("totalPages", items.isEmpty() ? 0 : 1);
        try {
            server.stubFor(request.withMetadata(Map.of("list", true)).willReturn(aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(page))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
