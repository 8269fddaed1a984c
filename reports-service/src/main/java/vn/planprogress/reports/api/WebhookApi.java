package vn.planprogress.reports.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.security.Roles;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;

/**
 * The contract of webhook subscriptions: paths, parameters, the roles each operation needs, answers and
 * examples, as the OpenAPI document shows them; the POST a receiver gets is the callback of {@code
 * createWebhook}. {@code WebhookResource} implements it.
 */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Systems outside the platform posted the feed's events as they happen: each event of a "
        + "subscription's types is POSTed to its URL as JSON (the Event schema, as GET /api/v1/events lists it) with the "
        + "headers X-Event-Id, X-Event-Type, X-Delivery-Id, Idempotency-Key (the event id) and X-Signature-256: t=<unix seconds>,"
        + "v1=<hex>. To verify it, compute the lowercase hex HMAC-SHA256, keyed with the secret (UTF-8), of t, a dot and the body's "
        + "bytes as received; compare it with v1 in constant time; refuse a t far from your clock. Delivery is at least once: "
        + "de-duplicate by the event id. A 2xx answer delivers it; anything else, or no answer within the timeout (10 s), is "
        + "retried after a minute, doubling up to an hour, for a day from the first attempt; no redirect is followed. Then the "
        + "delivery is FAILED and the subscription PAUSED; its other deliveries wait, and go when an admin sets it ACTIVE again "
        + "(what was missed can also be read from GET /api/v1/events).")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface WebhookApi {

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createWebhook", summary = "Subscribe a system to events",
            description = "Admins only. The subscription is posted the events that come after it (no history: read that from "
                    + "GET /api/v1/events). The URL is refused when it is not an absolute http or https URL of at most 2000 "
                    + "characters, carries user-info, or points at the loopback, a link-local, any-local or multicast address or a "
                    + "service of the platform (checked again before every attempt). Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "documents system", value = Examples.WEBHOOK_REQUEST)))
    @APIResponse(responseCode = "201", description = "Subscribed; Location names it, ETag is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class),
                    examples = @ExampleObject(name = "subscription", value = Examples.WEBHOOK)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule (each named): url not an absolute http(s) URL, over 2000 "
            + "characters or with user-info; eventTypes empty, naming a type twice or one that is none of the event types; secret "
            + "missing, shorter than 16 or longer than 200 characters; description over 500 characters")
    @APIResponse(responseCode = "422", description = "url points where webhooks are not posted (webhook-target-forbidden) or its "
            + "host does not resolve (webhook-target-unresolvable); or the Idempotency-Key was used with another body")
    @Callback(name = "event", callbackUrlExpression = "{$request.body#/url}", operations = @CallbackOperation(method = "post",
            summary = "An event, posted to the subscription's URL",
            description = "Verify X-Signature-256, de-duplicate by X-Event-Id, answer 2xx.",
            parameters = {
                    @Parameter(name = "X-Signature-256", in = ParameterIn.HEADER, required = true,
                            description = "t=<unix seconds>,v1=<lowercase hex HMAC-SHA256(secret, t + \".\" + body)>",
                            schema = @Schema(type = SchemaType.STRING),
                            example = "t=1668222005,v1=5f0b7d7c0b6c1f5c9a3f0e2d4b6a8c0e1f3a5c7e9b1d3f5a7c9e1b3d5f7a9c1e"),
                    @Parameter(name = "X-Event-Id", in = ParameterIn.HEADER, required = true, description = "The event's id",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = "X-Event-Type", in = ParameterIn.HEADER, required = true, description = "The event's type",
                            schema = @Schema(type = SchemaType.STRING), example = "submission.created"),
                    @Parameter(name = "X-Delivery-Id", in = ParameterIn.HEADER, required = true,
                            description = "The delivery's id, as GET /api/v1/webhooks/{id}/deliveries lists it",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid")),
                    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, required = true, description = "The event's id again",
                            schema = @Schema(type = SchemaType.STRING, format = "uuid"))},
            requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Event.class),
                    examples = @ExampleObject(name = "submission created", value = Examples.WEBHOOK_EVENT))),
            responses = {@APIResponse(responseCode = "204", description = "Any 2xx delivers it"),
                    @APIResponse(responseCode = "401", description = "The receiver refuses it (a signature that does not verify, "
                            + "a timestamp too old): like any answer other than 2xx, retried with back-off")}))
    Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes a retry return the first response instead of subscribing again")
            @HeaderParam(IdempotentCreation.HEADER) String idempotencyKey,
            @NotNull(message = "a subscription is required") WebhookRequest webhook);

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listWebhooks", summary = "List webhook subscriptions",
            description = "Admins only. Oldest first; secrets are never answered.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions")
    @APIResponse(responseCode = "400", description = "A paging parameter is not valid")
    Page<Webhook> list(@Valid @BeanParam PageRequest page);

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getWebhook", summary = "Get a webhook subscription",
            description = "Admins only. The ETag header holds the version to send back in If-Match; the secret is never answered.")
    @APIResponse(responseCode = "200", description = "The subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class),
                    examples = {@ExampleObject(name = "active", value = Examples.WEBHOOK),
                            @ExampleObject(name = "paused after a delivery gave up", value = Examples.WEBHOOK_PAUSED)}))
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    Response get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateWebhook", summary = "Change a webhook subscription, pause or resume it",
            description = "Admins only. Requires If-Match with the subscription's ETag. Replaces url, eventTypes and description; "
                    + "secret and status are kept when omitted. status ACTIVE resumes a paused subscription: the deliveries that "
                    + "waited are posted at once, each with a day of retries anew (a FAILED one stays failed). A new url is checked "
                    + "as on POST.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebhookRequest.class),
            examples = @ExampleObject(name = "resume", value = Examples.WEBHOOK_RESUME)))
    @APIResponse(responseCode = "200", description = "The changed subscription; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Webhook.class),
                    examples = @ExampleObject(name = "resumed", value = Examples.WEBHOOK)))
    @APIResponse(responseCode = "400", description = "A field breaks a rule, as on POST (each named)")
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    @APIResponse(responseCode = "412", description = "The subscription changed since the ETag in If-Match (a delivery that gave up "
            + "pauses it, which is a change)")
    @APIResponse(responseCode = "422", description = "The new url points where webhooks are not posted, or its host does not resolve")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    Response update(@PathParam("id") UUID id,
                    @Parameter(in = ParameterIn.HEADER, required = true, description = "The ETag from your last GET")
                    @HeaderParam("If-Match") String ifMatch,
                    @NotNull(message = "a subscription is required") WebhookRequest webhook);

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook subscription",
            description = "Admins only. Its deliveries and their attempts go with it; nothing more is posted to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    void delete(@PathParam("id") UUID id);

    @GET
    @Path("/{id}/deliveries")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listWebhookDeliveries", summary = "List a subscription's deliveries with their attempts",
            description = "Admins only. Newest event first; each with every attempt: when, the receiver's status or what went wrong, "
                    + "and how long it took. Filterable by status.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "status or a paging parameter is not valid")
    @APIResponse(responseCode = "404", description = "No subscription with this id")
    Page<WebhookDelivery> deliveries(@PathParam("id") UUID id,
                                     @Parameter(description = "PENDING, DELIVERED or FAILED") @QueryParam("status") DeliveryStatus status,
                                     @Valid @BeanParam PageRequest page);
}
