package vn.planprogress.reports;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The state every test starts from: an empty reports schema, the seed plan served, no submissions,
 * the clock on 2022-11-12 10:00 (+07), the circuit breakers closed.
 */
@ApplicationScoped
public class ReportFixtures {

    private static final String[] TABLES = {"report_snapshot", "job_run", "reminder_delivery", "idempotency_key"};

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    DataSource dataSource;

    @Inject
    TestClock clock;

    @Inject
    CircuitBreakerMaintenance breakers;

    public void reset() {
        sql("truncate " + String.join(", ", TABLES));
        ServicesStub.reset();
        breakers.resetAll();
        clock.set("2022-11-12T10:00:00+07:00");
    }

    /** Rows in every table of the schema: equal before and after a refused request means nothing was written. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    public long count(String query) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void sql(String statement) {
        try (Connection connection = dataSource.getConnection(); Statement s = connection.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
