package vn.planprogress.progress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The plans service, replaced over HTTP by WireMock: it serves the seed plan's digest (the plan in
 * {@code shared/seed}, as the plans service states it once issued) and whatever variant a test stubs.
 */
public class PlansServiceStub implements QuarkusTestResourceLifecycleManager {

    public static final String SEED_PLAN_ID = "0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10";
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /** Forgets every stub and request, then serves the seed plan. */
    public static void reset() {
        server.resetAll();
        serve(seedDigest());
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

    /** A fresh copy of the seed plan's digest, for a test to change. */
    public static Map<String, Object> seedDigest() {
        try (InputStream in = PlansServiceStub.class.getResourceAsStream("/plans/seed-digest.json")) {
            return JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digestPath(String planId) {
        return "/api/v1/plans/" + planId + "/digest";
    }
}
