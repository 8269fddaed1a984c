package vn.planprogress.gateway;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to the gateway under test, as a caller with a token. */
public final class Callers {

    private Callers() {
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static String bearer(String token) {
        return "Authorization: Bearer " + token;
    }
}
