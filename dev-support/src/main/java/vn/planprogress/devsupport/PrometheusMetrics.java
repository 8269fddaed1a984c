package vn.planprogress.devsupport;

import static io.restassured.RestAssured.given;

import java.util.Arrays;

/** Reads /q/metrics as Prometheus does, the same in every service's tests. */
public final class PrometheusMetrics {

    private PrometheusMetrics() {
    }

    /** The metrics text of the service under test. */
    public static String scrape() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of {@code sample} (a name with its tags, as written in the text) on the service under test; 0 while it is not there. */
    public static double value(String sample) {
        return value(scrape(), sample);
    }

    public static double value(String scraped, String sample) {
        return Arrays.stream(scraped.split("\n"))
                .filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1)))
                .findFirst().orElse(0);
    }
}
