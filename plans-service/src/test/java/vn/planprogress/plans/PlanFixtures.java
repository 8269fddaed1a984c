package vn.planprogress.plans;

import static vn.planprogress.devsupport.JsonApi.as;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.SchemaRows;

/** The seed data of the plans service's tests: the sample units and plan, loaded through the API. */
@ApplicationScoped
public class PlanFixtures {

    public static final String SAMPLE_PLAN = "/samples/ke-hoach-tuyen-truyen-cchc-2022.json";
    public static final String SAMPLE_UNITS = "/samples/units.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TABLES = {"unit", "plan", "plan_version", "plan_number", "task", "task_unit",
            "indicator", "idempotency_key", "plan_import", "holiday_year", "lock_exception", "outbox_event"};

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    DataSource dataSource;

    /** Empties the plans schema. */
    public void reset() {
        rows().truncate();
    }

    /** Empties the schema and loads the sample units. */
    public void resetWithUnits() {
        reset();
        for (Map<String, Object> unit : sampleUnits()) {
            as(DevTokens.admin()).body(unit).post("/api/v1/units").then().statusCode(201);
        }
    }

    /** Rows in every table of the schema: equal before and after a refused request means nothing was written. */
    public Map<String, Long> rowCounts() {
        return rows().counts();
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


    public static Map<String, Object> samplePlan() {
        return read(SAMPLE_PLAN, new TypeReference<>() { });
    }

    public static List<Map<String, Object>> sampleUnits() {
        return read(SAMPLE_UNITS, new TypeReference<>() { });
    }

    public static String samplePlanText() {
        try (InputStream in = PlanFixtures.class.getResourceAsStream(SAMPLE_PLAN)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the sample plan as a planner and returns the response. */
    public static Response createSamplePlan() {
        return as(DevTokens.planner()).body(samplePlan()).post("/api/v1/plans");
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> task(Map<String, Object> plan, int index) {
        return ((List<Map<String, Object>>) plan.get("tasks")).get(index);
    }

    private static <T> T read(String resource, TypeReference<T> type) {
        try (InputStream in = PlanFixtures.class.getResourceAsStream(resource)) {
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
