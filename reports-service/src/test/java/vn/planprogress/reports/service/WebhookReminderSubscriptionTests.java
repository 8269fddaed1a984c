package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.events.EventType;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.api.Webhook;
import vn.planprogress.reports.api.WebhookStatus;

/** The reminders webhook of earlier releases (REMINDERS_WEBHOOK_URL) becomes a subscription to reminder.due at start, once. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class WebhookReminderSubscriptionTests {

    @Inject
    ReportFixtures fixtures;

    @Inject
    ReminderSubscription reminders;

    @BeforeEach
    void empty() {
        fixtures.reset();
    }

    @Test
    void theConfiguredUrlIsSubscribedToReminderDueWithTheConfiguredSecretOnce() {
        fixtures.feedEvent("reports", "reminder.due", ServicesStub.SEED_PLAN_ID, List.of("QLTC"), "{\"daysBefore\": 7}");

        Webhook made = reminders.ensure().orElseThrow();

        assertEquals(List.of(ServicesStub.server().baseUrl() + ServicesStub.WEBHOOK, List.of(EventType.REMINDER_DUE), WebhookStatus.ACTIVE,
                        ReminderSubscription.CREATED_BY, true),
                List.of(made.url(), made.eventTypes(), made.status(), made.createdBy(), made.secretSet()));
        assertEquals("nhac-han-bao-cao-2022-secret", fixtures.text("select secret from webhook_subscription"));
        assertEquals(fixtures.count("select max(position) from event_feed"),
                fixtures.count("select fanned_out_position from webhook_subscription"), "it starts at the feed's end");
        assertEquals(Optional.empty(), reminders.ensure(), "a subscription has the URL: nothing is made at the next start");
        assertEquals(1, fixtures.count("select count(*) from webhook_subscription"));
    }

    @Test
    void withoutASecretARandomOneIsStoredAndABadSettingMakesNone() {
        URI other = URI.create("http://127.0.0.1:9/hooks/nhac-han");

        reminders.ensure(Optional.of(other), Optional.empty()).orElseThrow();

        assertTrue(fixtures.text("select secret from webhook_subscription where url = '" + other + "'").matches("[0-9a-f]{48}"));
        assertEquals(Optional.empty(), reminders.ensure(Optional.of(URI.create("http://169.254.169.254/hooks")), Optional.empty()),
                "a forbidden target is not subscribed (a warning says why)");
        assertEquals(Optional.empty(), reminders.ensure(Optional.of(URI.create("http://127.0.0.1:9/hooks/ngan")), Optional.of("ngan")),
                "nor with a secret of under 16 characters");
        assertEquals(Optional.empty(), reminders.ensure(Optional.empty(), Optional.empty()));
        assertEquals(1, fixtures.count("select count(*) from webhook_subscription"));
    }
}
