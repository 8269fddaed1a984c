package vn.planprogress.reports;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import vn.planprogress.devsupport.SchemaRows;
import vn.planprogress.devsupport.TestClock;

/**
 * The state every test starts from: an empty reports schema (the event relay at the start of every outbox), the seed plan
 * served, no submissions, no events in the other services' outboxes,
 * the clock on 2022-11-12 10:00 (+07), the circuit breakers closed.
 */
@ApplicationScoped
public class ReportFixtures {

    private static final String[] TABLES = {"report_snapshot", "snapshot_document", "snapshot_signature", "job_run", "reminder_delivery", "mail_delivery",
        "idempotency_key", "outbox_event", "event_feed"};

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
        rows().truncate();
        rows().execute("update event_source set cursor = '0.0', relayed_at = null");
        ServicesStub.reset();
        breakers.resetAll();
        clock.set("2022-11-12T10:00:00+07:00");
    }

    /** Rows in every table of the schema: equal before and after a refused request means nothing was written. */
    public Map<String, Long> rowCounts() {
        return rows().counts();
    }

    public long count(String query) {
        return rows().count(query);
    }

    /** The one text value the query selects. */
    public String text(String query) {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getString(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    public void sql(String statement) {
        rows().execute(statement);
    }

    private SchemaRows rows() {
        return new SchemaRows(dataSource, TABLES);
    }

}
