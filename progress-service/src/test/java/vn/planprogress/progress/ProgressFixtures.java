package vn.planprogress.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.SchemaRows;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.progress.service.PlanCatalog;

/**
 * The starting point of every test: an empty progress schema, the seed plan and the cut-off plan
 * 12/KH-SNV served (no lock exceptions), the clock on 5 November 2022.
 */
@ApplicationScoped
public class ProgressFixtures {

    public static final String REPORTER_TTUDDV = DevTokens.reporter("TTUDDV");
    public static final String SUBMISSIONS = "/api/v1/submissions";
    /** Before the seed plan's unit deadline (10 November 2022, end of day in Asia/Ho_Chi_Minh). */
    public static final String BEFORE_DEADLINE = "2022-11-05T16:00:00+07:00";
    public static final String AFTER_DEADLINE = "2022-11-12T09:00:00+07:00";
    public static final String REPORTER_HCTH = DevTokens.reporter("HCTH");
    public static final String REPORTER_CCVT = DevTokens.reporter("CCVT");
    /**
     * In period 2023-Q2 of the cut-off plan (window 15 March to 14 June 2023): entry has opened (on 9 June)
     * and the unit deadline (16 June) has not passed; the period locks after 26 June.
     */
    public static final String Q2_ENTRY_OPEN = "2023-06-12T09:00:00+07:00";
    private static final String[] TABLES = {"submission", "revision", "review", "idempotency_key", "outbox_event"};

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    @CacheName(PlanCatalog.CACHE)
    Cache digests;

    @Inject
    CircuitBreakerMaintenance breakers;

    /** Empties the schema, serves the seed plan, forgets kept digests, closes the breaker and sets the clock. */
    public void reset() {
        rows().truncate();
        PlansServiceStub.reset();
        forgetPlans();
        breakers.resetAll();
        clock.set(BEFORE_DEADLINE);
    }

    /** Empties the service's memory of plans, so that the next check asks the plans service. */
    public void forgetPlans() {
        digests.invalidateAll().await().indefinitely();
    }

    public void now(String offsetDateTime) {
        clock.set(offsetDateTime);
    }

    /** Rows in every table of the schema: equal before and after a refused request means nothing was written. */
    public Map<String, Long> rowCounts() {
        return rows().counts();
    }

    /** Sends a request and asserts that it wrote nothing, whatever it answered. */
    public Response writesNothing(Supplier<Response> request) {
        Map<String, Long> before = rowCounts();
        Response response = request.get();
        assertEquals(before, rowCounts(), "rows after a refused request");
        return response;
    }

    public long count(String query) {
        return rows().count(query);
    }

    public void sql(String statement) {
        rows().execute(statement);
    }

    private SchemaRows rows() {
        return new SchemaRows(dataSource, TABLES);
    }


    /** TTUDDV's progress on task III.3 of the seed plan for 2022, as in the contract: a fresh copy to change. */
    public static Map<String, Object> seedSubmission() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", PlansServiceStub.SEED_PLAN_ID);
        body.put("taskCode", "III.3");
        body.put("unitCode", "TTUDDV");
        body.put("period", "2022");
        body.put("status", "IN_PROGRESS");
        body.put("values", new ArrayList<>(List.of(
                value("BT", null, 5), value("CM", "PT", 12), value("CM", "TH", 12), value("CM", "BAO", 10))));
        body.put("summary", "Đã xuất bản 05 bản tin và 34 chuyên mục khoa học và công nghệ");
        body.put("difficulties", "Kinh phí hạn chế");
        body.put("proposals", "Đề nghị bổ sung kinh phí");
        body.put("evidence", new ArrayList<>(List.of(
                Map.of("url", "https://skhcn.quangngai.gov.vn/tin-tuc/cchc-2022"),
                Map.of("documentNumber", "125/BC-TTUDDV", "documentDate", "2022-11-05", "title", "Báo cáo kết quả tuyên truyền CCHC"))));
        return body;
    }

    /** A submission of {@code unit} on {@code task} for 2022, with no values. */
    public static Map<String, Object> submission(String task, String unit) {
        Map<String, Object> body = seedSubmission();
        body.put("taskCode", task);
        body.put("unitCode", unit);
        body.put("values", new ArrayList<>());
        return body;
    }

    /**
     * {@code unit}'s progress on task 1.1 of the cut-off plan 12/KH-SNV for {@code period}, with a value
     * of each measure: the percent TL, the number HS and the qualitative KQ.
     */
    public static Map<String, Object> cutOffSubmission(String unit, String period) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planId", PlansServiceStub.CUT_OFF_PLAN_ID);
        body.put("taskCode", "1.1");
        body.put("unitCode", unit);
        body.put("period", period);
        body.put("status", "IN_PROGRESS");
        body.put("values", new ArrayList<>(List.of(value("TL", null, 93.5), value("HS", null, 350),
                text("KQ", "Đã công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công của tỉnh"))));
        body.put("summary", "Giải quyết đúng hạn 93,5% hồ sơ; số hóa 350 hồ sơ");
        return body;
    }

    /** The cut-off submission of {@code unit} for 2023-Q2 as a correction: a new figure for HS, and why. */
    public static Map<String, Object> cutOffCorrection(String unit, int hs) {
        Map<String, Object> body = cutOffSubmission(unit, "2023-Q2");
        body.put("values", new ArrayList<>(List.of(value("TL", null, 93.5), value("HS", null, hs),
                text("KQ", "Đã công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công của tỉnh"))));
        body.put("correctionReason", "Bổ sung số liệu số hóa hồ sơ quý II");
        return body;
    }

    /** A qualitative indicator's result. */
    public static Map<String, Object> text(String indicator, String text) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("indicatorCode", indicator);
        entry.put("text", text);
        return entry;
    }

    public static Map<String, Object> value(String indicator, String part, Object value) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("indicatorCode", indicator);
        if (part != null) {
            entry.put("partCode", part);
        }
        entry.put("value", value);
        return entry;
    }

    public static Response post(String token, Map<String, Object> body) {
        return as(token).body(body).post(SUBMISSIONS);
    }

    /** Submits and returns the new submission's id. */
    public static String submitted(String token, Map<String, Object> body) {
        return post(token, body).then().statusCode(201).extract().path("id");
    }

    public static Response put(String token, String id, int ifMatch, Map<String, Object> body) {
        return as(token).header("If-Match", "\"" + ifMatch + "\"").body(body).put(SUBMISSIONS + "/" + id);
    }
}
