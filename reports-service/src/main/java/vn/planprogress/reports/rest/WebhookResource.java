package vn.planprogress.reports.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.reports.api.DeliveryStatus;
import vn.planprogress.reports.api.Webhook;
import vn.planprogress.reports.api.WebhookApi;
import vn.planprogress.reports.api.WebhookDelivery;
import vn.planprogress.reports.api.WebhookRequest;
import vn.planprogress.reports.service.Webhooks;

public class WebhookResource implements WebhookApi {

    private final Webhooks webhooks;
    private final IdempotentCreation idempotent;
    private final Caller caller;

    @Inject
    public WebhookResource(Webhooks webhooks, IdempotentCreation idempotent, Caller caller) {
        this.webhooks = webhooks;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @Override
    public Response create(String idempotencyKey, WebhookRequest webhook) {
        return idempotent.create("POST /api/v1/webhooks", idempotencyKey, webhook, () -> {
            Webhook created = webhooks.create(webhook, caller.subject());
            return new Created(URI.create("/api/v1/webhooks/" + created.id()), created, ETags.of(created.version()));
        });
    }

    @Override
    public Page<Webhook> list(PageRequest page) {
        return webhooks.list(page);
    }

    @Override
    public Response get(UUID id) {
        Webhook webhook = webhooks.get(id);
        return Response.ok(webhook).tag(ETags.of(webhook.version())).build();
    }

    @Override
    public Response update(UUID id, String ifMatch, WebhookRequest webhook) {
        Webhook updated = webhooks.update(id, webhook, ifMatch, caller.subject());
        return Response.ok(updated).tag(ETags.of(updated.version())).build();
    }

    @Override
    public void delete(UUID id) {
        webhooks.delete(id);
    }

    @Override
    public Page<WebhookDelivery> deliveries(UUID id, DeliveryStatus status, PageRequest page) {
        return webhooks.deliveries(id, status, page);
    }
}
