package vn.planprogress.reports.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.planprogress.reports.config.ReportsSettings;

/**
 * Posts the webhook deliveries that are due, on every replica: each run fans the feed out into
 * deliveries, then claims the due ones one by one (a lease keeps the other replicas off), posts each
 * outside any transaction, and records the attempt. Every attempt checks the target again (its host may
 * resolve elsewhere now), follows no redirect and waits no longer than the timeout.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int ERROR_BODY_CHARS = 200;

    private final WebhookDeliveries deliveries;
    private final WebhookTargets targets;
    private final ReportsSettings settings;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http;

    @Inject
    public WebhookDispatcher(WebhookDeliveries deliveries, WebhookTargets targets, ReportsSettings settings, ObjectMapper json,
                             Clock clock) {
        this.deliveries = deliveries;
        this.targets = targets;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(settings.webhooks().timeout())
                .build();
    }

    @Scheduled(identity = "webhook-dispatch", every = "{planprogress.reports.webhooks.dispatch-every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Webhook dispatch failed; the next run takes it up again");
        }
    }

    /** Fans the feed out, then posts what is due, at most a batch; how many attempts it made. */
    public int dispatch() {
        deliveries.fanOut();
        int attempts = 0;
        while (attempts < settings.webhooks().batch()) {
            Optional<WebhookDeliveries.Claim> claim = deliveries.claimNext();
            if (claim.isEmpty()) {
                break;
            }
            post(claim.get());
            attempts++;
        }
        return attempts;
    }

    private void post(WebhookDeliveries.Claim claim) {
        Instant at = clock.instant();
        long started = System.nanoTime();
        Integer status = null;
        String error;
        try {
            URI url = URI.create(claim.url());
            Optional<WebhookTargets.Refusal> refused = targets.refusal(url);
            if (refused.isPresent()) {
                error = "Not posted: " + refused.get().reason();
            } else {
                HttpResponse<InputStream> response = http.send(request(url, claim, at), HttpResponse.BodyHandlers.ofInputStream());
                status = response.statusCode();
                error = status / 100 == 2 ? null : "HTTP " + status + answered(response);
                response.body().close();
            }
        } catch (IOException e) {
            error = "Not reached: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "Interrupted while posting";
        } catch (RuntimeException e) {
            error = "Not posted: " + e;
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        deliveries.record(claim, at, status, error, durationMs);
    }

    private HttpRequest request(URI url, WebhookDeliveries.Claim claim, Instant at) throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(claim.event());
        return HttpRequest.newBuilder(url)
                .timeout(settings.webhooks().timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "planprogress-webhooks")
                .header("X-Event-Id", claim.event().id().toString())
                .header("X-Event-Type", claim.event().type().wireName())
                .header("X-Delivery-Id", claim.deliveryId().toString())
                .header("Idempotency-Key", claim.event().id().toString())
                .header(WebhookSignature.HEADER, WebhookSignature.header(claim.secret(), at.getEpochSecond(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    /** The start of what a refusing receiver said, for the admin reading the attempts. */
    private static String answered(HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String text = new String(body.readNBytes(ERROR_BODY_CHARS * 4), StandardCharsets.UTF_8).strip();
            text = text.length() > ERROR_BODY_CHARS ? text.substring(0, ERROR_BODY_CHARS) + "…" : text;
            return text.isEmpty() ? "" : ": " + text;
        } catch (IOException e) {
            return "";
        }
    }
}
