package vn.planprogress.reports;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import vn.planprogress.devsupport.SchemaRows;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.reports.service.EventRelay;

/**
 * The state every test starts from: an empty reports schema (the event relay at the start of every outbox), the seed plan
 * served, no submissions, no events in the other services' outboxes,
 * the clock on 2022-11-12 10:00 (+07), the circuit breakers closed.
 */
@ApplicationScoped
public class ReportFixtures {

    private static final String[] TABLES = {"report_snapshot", "snapshot_document", "snapshot_signature", "job_run", "reminder_delivery", "mail_delivery",
        "idempotency_key", "outbox_event", "event_feed", "webhook_subscription", "webhook_delivery", "webhook_attempt"};

    static {
        io.restassured.RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Inject
    DataSource dataSource;

    @Inject
    EventRelay relay;

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

    /** The first column of the first row, as text (null when none). */
    public String text(String query) {
        try (java.sql.Connection connection = dataSource.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet row = statement.executeQuery(query)) {
            return row.next() ? row.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    public void sql(String statement) {
        rows().execute(statement);
    }

    /** Runs the relay (the plans and progress outboxes are not served here, so only the reports outbox is read); the reminder.due events it added. */
    public long relayReminders() {
        long before = count("select count(*) from event_feed where type = 'reminder.due'");
        relay.relay();
        return count("select count(*) from event_feed where type = 'reminder.due'") - before;
    }

    /** An event appended to the feed as the relay appends one, occurring now by the test clock; its id and position. */
    public FeedEvent feedEvent(String source, String type, String planId, java.util.List<String> units, String dataJson) {
        java.util.UUID id = java.util.UUID.randomUUID();
        String array = units.stream().map(u -> "'" + u + "'").collect(java.util.stream.Collectors.joining(", ", "array[", "]::text[]"));
        sql("insert into event_feed (id, source, type, occurred_at, plan_id, units, data, relayed_at) values ('" + id + "', '" + source
                + "', '" + type + "', '" + clock.instant() + "', " + (planId == null ? "null" : "'" + planId + "'") + ", " + array + ", '"
                + dataJson.replace("'", "''") + "'::jsonb, '" + clock.instant() + "')");
        return new FeedEvent(id, count("select position from event_feed where id = '" + id + "'"));
    }

    public record FeedEvent(java.util.UUID id, long position) {
    }

    private SchemaRows rows() {
        return new SchemaRows(dataSource, TABLES);
    }

}
