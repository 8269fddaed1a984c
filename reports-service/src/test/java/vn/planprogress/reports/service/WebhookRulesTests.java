package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.reports.api.WebhookRequest;
import vn.planprogress.reports.api.WebhookStatus;

/** The rules of a subscription sent to be made or changed, each violation naming its field. */
class WebhookRulesTests {

    private static final String URL = "https://vpdt.quangngai.gov.vn/hooks/planprogress";
    private static final String SECRET = "b2f4c6e8a0d1f3e5";

    @Test
    void aSubscriptionWithAUrlEventTypesAndASecretOf16To200CharactersIsMade() {
        assertEquals(List.of(), Webhooks.violations(webhook(URL, List.of(EventType.SUBMISSION_CREATED), SECRET, null), true));
        assertEquals(List.of(), Webhooks.violations(webhook(URL, List.of(EventType.REMINDER_DUE, EventType.REPORT_READY), "k".repeat(200),
                "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi"), true));
    }

    @Test
    void eventTypesNameAtLeastOneTypeAndNoneTwice() {
        assertEquals(List.of("eventTypes"), fields(webhook(URL, List.of(), SECRET, null), true));
        assertEquals(List.of("eventTypes"), fields(webhook(URL, null, SECRET, null), true));
        assertEquals(List.of("eventTypes[2]"), fields(webhook(URL, List.of(EventType.PLAN_ISSUED, EventType.PLAN_CLOSED,
                EventType.PLAN_ISSUED), SECRET, null), true));
        assertEquals(List.of("eventTypes[1]"), fields(webhook(URL, Arrays.asList(EventType.PLAN_ISSUED, null), SECRET, null), true));
        assertEquals("must name at least one event type, of " + EventType.NAMES,
                Webhooks.violations(webhook(URL, List.of(), SECRET, null), true).get(0).message());
    }

    @Test
    void theSecretIsRequiredToMakeOneAndKeptWhenAChangeOmitsIt() {
        assertEquals(List.of("secret"), fields(webhook(URL, List.of(EventType.REPORT_READY), null, null), true));
        assertEquals(List.of(), fields(webhook(URL, List.of(EventType.REPORT_READY), null, null), false));
        assertEquals(List.of("secret"), fields(webhook(URL, List.of(EventType.REPORT_READY), "ngan-qua", null), false));
        assertEquals("has 15 characters; it must have 16 to 200", Webhooks.violations(
                webhook(URL, List.of(EventType.REPORT_READY), SECRET.substring(1), null), true).get(0).message());
        assertEquals(List.of("secret"), fields(webhook(URL, List.of(EventType.REPORT_READY), "k".repeat(201), null), true));
    }

    @Test
    void everyFieldThatBreaksARuleIsNamedAtOnce() {
        assertEquals(List.of("url", "eventTypes", "secret", "description"),
                fields(webhook("ftp://vpdt.quangngai.gov.vn/hooks", List.of(), "ngan", "d".repeat(501)), true));
        assertEquals(List.of("url"), fields(webhook(null, List.of(EventType.REPORT_READY), SECRET, null), true));
    }

    private static List<String> fields(WebhookRequest webhook, boolean creating) {
        return Webhooks.violations(webhook, creating).stream().map(FieldViolation::field).toList();
    }

    private static WebhookRequest webhook(String url, List<EventType> types, String secret, String description) {
        return new WebhookRequest(url, types, secret, description, WebhookStatus.ACTIVE);
    }
}
