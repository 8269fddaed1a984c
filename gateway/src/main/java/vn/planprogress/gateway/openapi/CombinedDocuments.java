package vn.planprogress.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.gateway.config.GatewaySettings;
import vn.planprogress.gateway.edge.EdgeProblems;
import vn.planprogress.gateway.proxy.Upstream;
import vn.planprogress.gateway.proxy.UpstreamProxies;

/**
 * Serves {@code /openapi}: the three services' documents, read from them at each request (so it
 * is never older than they are), combined into one. JSON, or YAML with {@code ?format=yaml}.
 */
@ApplicationScoped
public class CombinedDocuments {

    private static final Logger LOG = Logger.getLogger(CombinedDocuments.class);
    /** YAML as people write it: strings quoted only where they must be. */
    private static final YAMLMapper YAML = YAMLMapper.builder().enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    private final UpstreamProxies proxies;
    private final GatewaySettings settings;
    private final EdgeProblems problems;
    private final ObjectMapper json;

    @Inject
    public CombinedDocuments(UpstreamProxies proxies,
                             GatewaySettings settings,
                             EdgeProblems problems,
                             ObjectMapper json) {
        this.proxies = proxies;
        this.settings = settings;
        this.problems = problems;
        this.json = json;
    }

    public void serve(HttpServerRequest request) {
        List<Future<JsonNode>> documents = new ArrayList<>();
        for (Upstream upstream : Upstream.values()) {
            documents.add(fetch(upstream));
        }
        Future.all(documents).onComplete(all -> {
            if (all.failed()) {
                problems.answer(request, ProblemType.BAD_GATEWAY, "The combined document needs every service's: "
                        + all.cause().getMessage());
                return;
            }
            try {
                ObjectNode combined = CombinedDocument.of(documents.stream().map(Future::result).toList(), json);
                boolean yaml = "yaml".equalsIgnoreCase(request.getParam("format"));
                request.response()
                        .putHeader("Content-Type", yaml ? "application/yaml;charset=UTF-8" : "application/json;charset=UTF-8")
                        .end(Buffer.buffer(yaml ? YAML.writeValueAsBytes(combined) : json.writeValueAsBytes(combined)));
            } catch (IOException | IllegalStateException e) {
                LOG.error("The services' documents could not be combined", e);
                problems.answer(request, ProblemType.INTERNAL_ERROR, "The services' documents could not be combined: "
                        + e.getMessage());
            }
        });
    }

    private Future<JsonNode> fetch(Upstream upstream) {
        return proxies.client()
                .request(proxies.requestTo(upstream).setMethod(HttpMethod.GET).setURI("/q/openapi?format=json")
                        .setTimeout(settings.upstreamTimeout().toMillis()))
                .compose(request -> request.send())
                .recover(failure -> Future.failedFuture(new IllegalStateException(upstream.title() + " is not reachable")))
                .compose(response -> read(upstream, response));
    }

    private Future<JsonNode> read(Upstream upstream, HttpClientResponse response) {
        if (response.statusCode() != 200) {
            return Future.failedFuture(new IllegalStateException(upstream.title() + " answered " + response.statusCode()));
        }
        return response.body().compose(body -> {
            try {
                return Future.succeededFuture(json.readTree(body.getBytes()));
            } catch (IOException e) {
                return Future.failedFuture(new IllegalStateException(upstream.title() + " sent a document that is not JSON"));
            }
        });
    }
}
