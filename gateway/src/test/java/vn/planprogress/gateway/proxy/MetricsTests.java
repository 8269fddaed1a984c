package vn.planprogress.gateway.proxy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.gateway.Callers.as;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.gateway.FakeServices;

/** The gateway's metrics are for the operator's network: on the management port, never through the public one. */
@QuarkusTest
@WithTestResource(FakeServices.class)
class MetricsTests {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void metricsAreNotServedOnThePublicPort() {
        given().get("/q/metrics").then().statusCode(404);
        as(DevTokens.admin()).get("/q/metrics").then().statusCode(404);
    }

    @Test
    void requestsAreCountedByTheRouteTheyFallUnderNotByTheirIds() {
        as(DevTokens.viewer()).get("/api/v1/plans/0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10/tasks/III.3").then().statusCode(200);
        given().get("/api/v1/units").then().statusCode(401);

        String scraped = given().get(metrics).then().statusCode(200).extract().asString();

        assertTrue(scraped.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/api/v1/plans/**\"}"),
                scraped);
        assertTrue(scraped.contains("http_server_requests_seconds_count{method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"401\",uri=\"/api/v1/units\"}"),
                scraped);
        assertFalse(scraped.contains("0b8f2f3c"), "no id in a metric's name or tags");
        assertTrue(scraped.contains("jvm_memory_used_bytes"));
        assertFalse(scraped.contains("http_server_requests_seconds_bucket"), "no histogram buckets unless asked for");
    }
}
