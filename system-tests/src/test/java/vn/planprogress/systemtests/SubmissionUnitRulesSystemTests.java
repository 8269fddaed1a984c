package vn.planprogress.systemtests;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.Service;

/**
 * A reporter acts for its own unit only: a reporter of TTUDDV cannot submit or correct for HCTH
 * (both lead units of task III.4 of the seed plan), nor read QLTC's draft (III.5), through the
 * gateway or straight at the progress service.
 */
class SubmissionUnitRulesSystemTests {

    private static final String OWN = "TTUDDV";
    private static final String OTHER = "HCTH";
    private static final String DRAFTING = "QLTC";

    private final RunningSystem system = RunningSystem.get();

    @Test
    void aReporterCannotSubmitForAnotherUnit() {
        for (BiFunction<Service, String, RequestSpecification> route : routes()) {
            long before = submissionsOf(OTHER);

            assertProblem(route.apply(Service.PROGRESS, DevTokens.reporter(OWN)).body(submission(OTHER, "III.4", false))
                    .post("/api/v1/submissions"), 403);

            assertEquals(before, submissionsOf(OTHER));
        }
    }

    @Test
    void aReporterCannotCorrectAnotherUnitsSubmission() {
        String id = system.gateway(DevTokens.reporter(OTHER)).body(submission(OTHER, "III.4", false)).post("/api/v1/submissions")
                .then().statusCode(201).extract().path("id");
        String etag = system.gateway(DevTokens.reporter(OTHER)).get("/api/v1/submissions/" + id).then().statusCode(200)
                .extract().header("ETag");
        Map<String, Object> correction = submission(OTHER, "III.4", false);
        correction.put("summary", "Sửa bởi đơn vị khác");
        correction.put("correctionReason", "Không được phép");

        for (BiFunction<Service, String, RequestSpecification> route : routes()) {
            assertProblem(route.apply(Service.PROGRESS, DevTokens.reporter(OWN)).header("If-Match", etag).body(correction)
                    .put("/api/v1/submissions/" + id), 403);
        }

        system.gateway(DevTokens.admin()).get("/api/v1/submissions/" + id + "/revisions").then()
                .statusCode(200).body("size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void anotherUnitsDraftIsSeenNowhere() {
        String id = system.gateway(DevTokens.reporter(DRAFTING)).body(submission(DRAFTING, "III.5", true)).post("/api/v1/submissions")
                .then().statusCode(201).extract().path("id");

        for (BiFunction<Service, String, RequestSpecification> route : routes()) {
            assertProblem(route.apply(Service.PROGRESS, DevTokens.reporter(OWN)).get("/api/v1/submissions/" + id), 403);
            route.apply(Service.PROGRESS, DevTokens.reporter(OWN))
                    .get("/api/v1/submissions?planId=" + system.samplePlanId() + "&unitCode=" + DRAFTING + "&size=200").then()
                    .statusCode(200).body("items.id", not(hasItem(id)));
        }
        system.gateway(DevTokens.reporter(DRAFTING)).get("/api/v1/submissions/" + id).then().statusCode(200);
    }

    /** Through the gateway, and straight at the service. */
    private List<BiFunction<Service, String, RequestSpecification>> routes() {
        return List.of((service, token) -> system.gateway(token), system::direct);
    }

    private long submissionsOf(String unit) {
        return system.gateway(DevTokens.admin())
                .get("/api/v1/submissions?planId=" + system.samplePlanId() + "&unitCode=" + unit + "&size=1")
                .then().statusCode(200).extract().<Number>path("totalItems").longValue();
    }

    private Map<String, Object> submission(String unit, String task, boolean draft) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", system.samplePlanId());
        body.put("taskCode", task);
        body.put("unitCode", unit);
        body.put("period", "2022");
        body.put("status", "IN_PROGRESS");
        body.put("values", List.of());
        body.put("summary", "Đã tổ chức tuyên truyền theo kế hoạch");
        body.put("draft", draft);
        return body;
    }
}
