package vn.planprogress.reports.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import vn.planprogress.reports.api.Reminder;
import vn.planprogress.reports.config.ReportsSettings;

/**
 * The reminders webhook: an address outside the platform (a mail or chat gateway) that takes a
 * JSON POST. One attempt per call; the caller decides about retries, and the Idempotency-Key
 * (the delivery's id, the same in every retry) lets the receiver drop a repeat it already has.
 */
@ApplicationScoped
public class ReminderWebhook {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json;
    private final ReportsSettings settings;

    @Inject
    public ReminderWebhook(ObjectMapper json, ReportsSettings settings) {
        this.json = json;
        this.settings = settings;
    }

    public boolean configured() {
        return settings.reminders().webhookUrl().isPresent();
    }

    /** Posts the reminder; throws when the receiver does not answer 2xx in time. */
    public void post(Reminder reminder) {
        URI url = settings.reminders().webhookUrl().orElseThrow(() -> new IllegalStateException("No reminders webhook is configured"));
        try {
            HttpRequest request = HttpRequest.newBuilder(url)
                    .timeout(settings.reminders().timeout())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .header("Idempotency-Key", reminder.deliveryId().toString())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(reminder)))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("The reminders webhook answered " + response.statusCode());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Reminder could not be written as JSON", e);
        } catch (IOException e) {
            throw new IllegalStateException("The reminders webhook could not be reached: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while posting a reminder", e);
        }
    }
}
