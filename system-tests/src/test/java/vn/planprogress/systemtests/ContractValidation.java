package vn.planprogress.systemtests;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.planprogress.localrun.Service;
import vn.planprogress.systemtests.contract.ApiContract;
import vn.planprogress.systemtests.contract.Traffic;

/**
 * Every response the system tests get is judged against the API's documents: through the gateway,
 * its combined document ({@code /openapi}); straight from a service, that service's own. A response
 * the documents do not allow fails the test that got it, naming what differs. The figures of the
 * run go to {@code target/contract/scenario-traffic.json} when the test JVM ends; answers while a test
 * has stopped a service are judged the same, but counted apart (their 502s and 503s are expected).
 * {@code -Dplanprogress.contract.validate=false} turns the judging off.
 */
final class ContractValidation {

    static final boolean ENABLED = !"false".equals(System.getProperty("planprogress.contract.validate"));
    private static final Path REPORT = Path.of("target", "contract", "scenario-traffic.json");

    private final RunningSystem system;
    private final Map<Service, Traffic> traffic = new EnumMap<>(Service.class);
    /** Traffic while a test has a service stopped: its 502s and 503s are the point, not a fault. */
    private final Map<Service, Traffic> duringOutages = new EnumMap<>(Service.class);
    private volatile int stopped;

    ContractValidation(RunningSystem system) {
        this.system = system;
    }

    /** The filter for requests to {@code service}. */
    Filter filterFor(Service service) {
        return (FilterableRequestSpecification request, FilterableResponseSpecification response, FilterContext context) -> {
            Response answer = context.next(request, response);
            String path = URI.create(request.getURI()).getRawPath();
            List<String> mismatches = trafficOf(service, stopped > 0).record(request.getMethod(), path, answer.statusCode(),
                    answer.contentType() == null || answer.contentType().isEmpty() ? null : answer.contentType(), answer.asByteArray());
            if (!mismatches.isEmpty()) {
                throw new AssertionError("The response differs from the OpenAPI document:\n  " + String.join("\n  ", mismatches));
            }
            return answer;
        };
    }

    /** A test stopped a service; until it starts again, answers go to the figures of outages. */
    synchronized void serviceStopped() {
        stopped++;
    }

    synchronized void serviceStarted() {
        stopped = Math.max(0, stopped - 1);
    }

    private synchronized Traffic trafficOf(Service service, boolean outage) {
        Traffic whole = traffic.computeIfAbsent(service, this::load);
        return outage ? duringOutages.computeIfAbsent(service, s -> new Traffic(whole.contract())) : whole;
    }

    private Traffic load(Service service) {
        String document = service == Service.GATEWAY ? "/openapi?format=json" : "/q/openapi?format=json";
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(system.url(service).resolve(document)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(document + " of " + service.module() + " answered " + response.statusCode());
            }
            return new Traffic(ApiContract.of(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("The OpenAPI document of " + service.module() + " could not be read", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Writes the figures of every service's traffic together, those of outages apart. */
    synchronized void write() {
        Traffic all = Traffic.combined(traffic.values());
        Traffic outages = Traffic.combined(duringOutages.values());
        all.write(REPORT, outages);
        System.out.println("Scenario traffic against the OpenAPI documents: " + all.summary() + "; while a service was stopped: "
                + outages.summary());
    }
}
