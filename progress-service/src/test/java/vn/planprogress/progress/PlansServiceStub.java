package vn.planprogress.progress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plans service, replaced over HTTP by WireMock: it serves the seed plan's digest (the plan in
 * {@code shared/seed}, as the plans service states it once issued), no lock exceptions, and whatever
 * variant a test stubs: {@link #cutOffDigest()}, a quarterly, six-month and yearly plan of 2023 on
 * cut-off windows whose entry opens and whose periods lock, and its lock exceptions.
 */
public class PlansServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String SEED_PLAN_ID = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10";
    public static final String CUT_OFF_PLAN_ID = "3c5d1e2f-7a8b-4c9d-8e0f-1a2b3c4d5e6f";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOCK_EXCEPTIONS = "/api/v1/plans/%s/lock-exceptions";
    private static WireMockServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().containerThreads(20));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "plans-stub-stop"));
        }
        return Map.of("quarkus.rest-client.plans.url", server.baseUrl());
    }

    @Override
    public void stop() {
        // Stopped with the JVM, like the database: every test class shares it.
    }

    public static WireMockServer server() {
        return server;
    }

    /** Forgets every stub and request, then serves the seed plan, the cut-off plan and, for every plan, no lock exceptions. */
    public static void reset() {
        server.resetAll();
        serve(seedDigest());
        serve(cutOffDigest());
        server.stubFor(get(urlPathMatching(LOCK_EXCEPTIONS.formatted("[^/]+"))).atPriority(10)
                .willReturn(okJson("[]")));
    }

    /** Serves this digest under its planId. */
    public static void serve(Map<String, Object> digest) {
        try {
            answer(digest.get("planId").toString(), aResponse().withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("ETag", "\"" + digest.get("version") + "\"")
                    .withBody(JSON.writeValueAsString(digest)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers the digest of this plan as told: an error status, a delay, a dropped connection. */
    public static void answer(String planId, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlEqualTo(digestPath(planId))).willReturn(response));
    }

    /** How many times the digest of this plan was asked for. */
    public static int digestCalls(String planId) {
        return server.countRequestsMatching(getRequestedFor(urlEqualTo(digestPath(planId))).build()).getCount();
    }

    /**
     * Lists these lock exceptions (as the plans service writes them) when asked for the plan's
     * exceptions of this unit and period, as the progress service asks.
     */
    public static void serveLockExceptions(String planId, String unitCode, String period, List<Map<String, Object>> exceptions) {
        answerLockExceptions(planId, unitCode, period, okJsonOf(exceptions));
    }

    /** Answers the plan's lock exceptions of this unit and period as told: an error status, a delay. */
    public static void answerLockExceptions(String planId, String unitCode, String period, ResponseDefinitionBuilder response) {
        server.stubFor(get(urlPathEqualTo(LOCK_EXCEPTIONS.formatted(planId)))
                .withQueryParam("unitCode", equalTo(unitCode)).withQueryParam("period", equalTo(period))
                .willReturn(response));
    }

    /** The requests for the plan's lock exceptions, whatever their query. */
    public static List<LoggedRequest> lockExceptionRequests(String planId) {
        return server.findAll(getRequestedFor(urlPathEqualTo(LOCK_EXCEPTIONS.formatted(planId))));
    }

    /** A lock exception as the plans service lists it. */
    public static Map<String, Object> lockException(String id, String planId, String unitCode, String period, String until) {
        Map<String, Object> exception = new LinkedHashMap<>();
        exception.put("id", id);
        exception.put("planId", planId);
        exception.put("unitCode", unitCode);
        exception.put("period", period);
        exception.put("until", until);
        exception.put("reason", "Bổ sung số liệu quý II theo đề nghị của đơn vị");
        exception.put("createdBy", "planner@dev");
        exception.put("createdAt", "2023-06-27T02:00:00Z");
        return exception;
    }

    /** A fresh copy of the quarterly, six-month and yearly cut-off plan of 2023 (12/KH-SNV), for a test to change. */
    public static Map<String, Object> cutOffDigest() {
        return read("/plans/cut-off-digest.json");
    }

    /** A fresh copy of the seed plan's digest, for a test to change. */
    public static Map<String, Object> seedDigest() {
        return read("/plans/seed-digest.json");
    }

    private static Map<String, Object> read(String resource) {
        try (InputStream in = PlansServiceStub.class.getResourceAsStream(resource)) {
            return JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseDefinitionBuilder okJsonOf(Object body) {
        try {
            return okJson(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digestPath(String planId) {
        return "/api/v1/plans/" + planId + "/digest";
    }
}
