package vn.planprogress.reports.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.planprogress.common.events.EventType;

/** A webhook subscription as an admin sends it, to make one (POST) or to replace one (PUT). */
@Schema(name = "WebhookRequest", description = "A subscription to make or to replace")
public record WebhookRequest(
        @Schema(description = "Where the events are posted: an absolute http or https URL of at most 2000 characters, without "
                + "user-info, whose host is reached over the network (not the loopback, link-local, any-local or multicast, nor a "
                + "service of the platform)", examples = "https://vpdt.quangngai.gov.vn/hooks/planprogress") String url,
        @Schema(description = "The event types to post to it, at least one, each once", examples = "[\"submission.created\", \"report.ready\"]")
        List<EventType> eventTypes,
        @Schema(description = "The HMAC-SHA256 key of X-Signature-256, 16 to 200 characters, that the receiver keeps too; required "
                + "on POST, kept when omitted on PUT; never answered", examples = "b2f4c6e8a0d1f3e5c7a9b1d3f5e7a9c1") String secret,
        @Schema(description = "What the receiving system is, for the admins; at most 500 characters", maxLength = 500,
                examples = "Hệ thống quản lý văn bản và điều hành tỉnh Quảng Ngãi") String description,
        @Schema(description = "ACTIVE when omitted on POST, kept when omitted on PUT; ACTIVE resumes a paused subscription")
        WebhookStatus status) {
}
