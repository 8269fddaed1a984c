package vn.planprogress.reports.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One attempt of a delivery, as the receiver answered it. */
@Schema(description = "One POST of a delivery to the receiver")
public record WebhookAttempt(
        @Schema(examples = "1") int number,
        @Schema(description = "When it was posted") Instant at,
        @Schema(description = "The receiver's HTTP status; absent when it did not answer", examples = "500") Integer statusCode,
        @Schema(description = "What went wrong; absent when delivered", examples = "HTTP 500: Lỗi máy chủ") String error,
        @Schema(description = "From sending to the answer, in milliseconds", examples = "42") long durationMs) {
}
