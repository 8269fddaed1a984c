package vn.planprogress.reports.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.OldSchema;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.TestReceiver;
import vn.planprogress.reports.service.WebhookDispatcher;

/**
 * A database as the releases with the direct reminders webhook left it, with reminders they had
 * delivered, failed to deliver, not yet sent and was sending: the service starts, migrates, and each
 * reminder not delivered is a reminder.due event in the outbox, with the reminder's id as its id; the
 * reminders webhook, now a subscription, gets them; the one delivered before is not sent again.
 */
@QuarkusTest
@TestProfile(WebhookMigrationTests.BeforeEvents.class)
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class WebhookMigrationTests {

    static final String SCHEMA = "reports_reminders";
    static final String DELIVERED = "1a000000-0000-4000-8000-000000000001";
    static final String FAILED = "1a000000-0000-4000-8000-000000000002";
    static final String PENDING = "1a000000-0000-4000-8000-000000000003";
    static final String SENDING = "1a000000-0000-4000-8000-000000000004";
    static final String TITLE = "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ";

    public static class BeforeEvents implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return OldSchema.settings(SCHEMA);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RowsOfTheOldCode.class));
        }
    }

    /**
     * The reminders the old code recorded, in a schema of their own at V2: reminder_delivery is as V1 made it
     * up to V7, and the schema is prepared from the SQL migrations only, so before V3 (a Java migration).
     */
    public static class RowsOfTheOldCode implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return OldSchema.prepare(SCHEMA, "2", connection -> {
                insert(connection, DELIVERED, 7, "DELIVERED", "2022-11-03T00:00:05Z", "QLTC", "CCTDC");
                insert(connection, FAILED, 3, "FAILED", "2022-11-07T00:00:05Z", "TTUDDV", "QLTC");
                insert(connection, PENDING, 0, "PENDING", "2022-11-10T00:00:05Z", "QLTC");
                insert(connection, SENDING, 1, "SENDING", "2022-11-09T00:00:05Z", "HCTH", "QLTC");
            });
        }

        private static void insert(Connection connection, String id, int daysBefore, String status, String at, String... units)
                throws SQLException {
            StringBuilder owing = new StringBuilder();
            for (String unit : units) {
                owing.append(owing.isEmpty() ? "" : ", ").append("{\"code\": \"").append(unit).append("\", \"name\": \"")
                        .append(unit.equals("QLTC") ? "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng" : "Đơn vị " + unit)
                        .append("\", \"tasks\": [{\"taskCode\": \"III.5\", \"period\": \"2022\"}]}");
            }
            String payload = "{\"type\": \"planprogress.reminder\", \"deliveryId\": \"" + id + "\", \"planId\": \"" + ServicesStub.SEED_PLAN_ID
                    + "\", \"planNumber\": \"1/KH-SKHCN\", \"planTitle\": \"" + TITLE + "\", \"period\": \"2022\", \"unitDeadline\": "
                    + "\"2022-11-10\", \"daysBefore\": " + daysBefore + ", \"asOf\": \"" + at + "\", \"units\": [" + owing + "]}";
            try (PreparedStatement insert = connection.prepareStatement("insert into reminder_delivery (id, plan_id, period, days_before, "
                    + "unit_deadline, status, attempts, claimed_until, payload, last_error, created_at, delivered_at) values (?, ?, '2022', ?, "
                    + "'2022-11-10', ?, ?, ?::timestamptz, ?::jsonb, ?, ?::timestamptz, ?::timestamptz)")) {
                insert.setObject(1, UUID.fromString(id));
                insert.setObject(2, UUID.fromString(ServicesStub.SEED_PLAN_ID));
                insert.setInt(3, daysBefore);
                insert.setString(4, status);
                insert.setInt(5, status.equals("PENDING") ? 0 : 2);
                insert.setString(6, status.equals("SENDING") ? "2022-11-09T00:01:05Z" : null);
                insert.setString(7, payload);
                insert.setString(8, status.equals("FAILED") ? "The reminders webhook answered 503" : null);
                insert.setString(9, at);
                insert.setString(10, status.equals("DELIVERED") ? at : null);
                insert.executeUpdate();
            }
        }

        @Override
        public void stop() {
        }
    }

    @Inject
    ReportFixtures fixtures;

    @Inject
    WebhookDispatcher dispatcher;

    @Test
    void everyReminderNotDeliveredIsCarriedForwardAsAReminderDueEventAndReachesTheRemindersWebhook() throws IOException {
        assertEquals(List.of(FAILED, SENDING, PENDING), List.of(fixtures.text("select string_agg(id::text, ',' order by position) "
                + "from outbox_event where type = 'reminder.due'").split(",")), "in the order they were recorded");
        assertEquals(3, fixtures.count("select count(*) from outbox_event e join reminder_delivery r on r.id = e.id "
                + "where e.data = r.payload and e.plan_id = r.plan_id and e.occurred_at = r.created_at"));
        assertEquals("{QLTC,TTUDDV}", fixtures.text("select units::text from outbox_event where id = '" + FAILED + "'"),
                "the units the reminder names, as the outbox writes them");
        assertEquals(List.of("DELIVERED:", "FAILED:ISSUED:" + FAILED, "PENDING:ISSUED:" + PENDING, "SENDING:ISSUED:" + SENDING),
                List.of(fixtures.text("select 'DELIVERED:' || coalesce(event_id::text, '') from reminder_delivery where id = '" + DELIVERED
                                + "' and status = 'DELIVERED' and delivered_at is not null"),
                        "FAILED:" + fixtures.text("select status || ':' || event_id from reminder_delivery where id = '" + FAILED + "'"),
                        "PENDING:" + fixtures.text("select status || ':' || event_id from reminder_delivery where id = '" + PENDING + "'"),
                        "SENDING:" + fixtures.text("select status || ':' || event_id from reminder_delivery where id = '" + SENDING + "'")));
        assertEquals(TITLE, fixtures.text("select data ->> 'planTitle' from outbox_event where id = '" + PENDING + "'"));

        ServicesStub.server().resetRequests();
        ServicesStub.server().stubFor(post(urlEqualTo(ServicesStub.WEBHOOK)).willReturn(aResponse().withStatus(204)));
        assertEquals(3, fixtures.relayReminders());
        assertEquals(3, dispatcher.dispatch(), "the reminders webhook, subscribed at start, gets the three");

        List<ServeEvent> posts = ServicesStub.server().getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().equals(ServicesStub.WEBHOOK))
                .sorted(Comparator.comparing(e -> e.getRequest().getHeader("Idempotency-Key"))).toList();
        assertEquals(List.of(FAILED, PENDING, SENDING), posts.stream().map(e -> e.getRequest().getHeader("Idempotency-Key")).toList(),
                "each under the key the old webhook sent it with");
        JsonNode pending = new ObjectMapper().readTree(posts.get(1).getRequest().getBody());
        assertEquals(List.of("reminder.due", TITLE, "Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng"),
                List.of(pending.get("type").asText(), pending.get("data").get("planTitle").asText(),
                        pending.get("data").get("units").get(0).get("name").asText()));
        assertTrue(posts.stream().allMatch(e -> TestReceiver.signedWith("nhac-han-bao-cao-2022-secret",
                e.getRequest().getHeader("X-Signature-256"), e.getRequest().getBody())), "signed with REMINDERS_WEBHOOK_SECRET");
    }
}
