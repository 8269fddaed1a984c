package vn.planprogress.common.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every kind of problem the platform answers with, in one catalogue: its type URN, HTTP status and
 * title, when it is answered, what the caller should do, and an example of its detail. Services,
 * the gateway and the OpenAPI documents name a problem only through this enum, so none can answer
 * one that is not listed here; {@code docs/problems.md} is this table, checked by a test.
 *
 * <p>The first type of each status is the one the OpenAPI documents show as that status's example.
 * Types are never renamed: clients code against their URNs.
 */
public enum ProblemType {

    VALIDATION_FAILED("validation-failed", 400, "Request is not valid",
            "A field of the body, a query or path parameter or a header breaks a rule; `errors` names each one "
                    + "(`tasks[2].leadUnits[0]`, `planId`, `Idempotency-Key`) with the rule",
            "Correct each field named in `errors` and send the request again; nothing was written",
            "tasks[0].leadUnits[0]: unknown unit code 'XYZ'"),
    MALFORMED_JSON("malformed-json", 400, "Body is not valid JSON",
            "The body cannot be read as JSON; `detail` gives the line and column",
            "Send well-formed JSON in UTF-8",
            "The body could not be read as JSON at line 1, column 10: Unexpected end-of-input"),
    INVALID_PARAMETER("invalid-parameter", 400, "A parameter is not valid",
            "A path or query parameter has a value that cannot be read as its type (the usual types, numbers, UUIDs, "
                    + "instants, dates, booleans and enums, answer `validation-failed` naming the parameter)",
            "Send the parameter in the form the operation documents",
            "A path or query parameter has a value of the wrong form: '12,5' is not a decimal number"),
    BAD_PATH("bad-path", 400, "Request path not accepted",
            "The gateway refuses a path that could be read differently further on: dot segments, encoded slashes, "
                    + "backslashes or dots, NUL, matrix parameters",
            "Send the path exactly as the API names it",
            "Send the path as the API names it: the path contains a '..' segment"),
    BAD_REQUEST("bad-request", 400, "Bad Request",
            "The HTTP layer could not read the request at all",
            "Check the request line and headers against the operation's document",
            "HTTP 400 Bad Request"),
    UNAUTHORIZED("unauthorized", 401, "Authentication required",
            "No bearer token, or one that is malformed, expired, wrongly signed or of another issuer",
            "Get a token from the province's identity provider and send it as `Authorization: Bearer <JWT>`",
            "Send a valid bearer token: Authorization: Bearer <JWT>"),
    FORBIDDEN("forbidden", 403, "Forbidden",
            "The token's roles do not allow the operation, or a reporter acts for a unit other than its own",
            "Use a token of a role that may (see docs/security.md), or act for your own unit",
            "Your role does not allow this operation"),
    NOT_FOUND("not-found", 404, "Not found",
            "There is no resource with this id or code, or nothing at this path",
            "Check the id or code; list the collection to find it",
            "No plan with id '0b8f2f3c-5a7e-4c1e-9b1e-2f0c7f1d9a10'"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed",
            "The path exists, but not with this method",
            "Use one of the methods the document lists for the path",
            "DELETE is not allowed on /api/v1/plans"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable",
            "The Accept header names none of the media types the operation answers in",
            "Accept `application/json` (a snapshot also `text/csv` or the DOCX type), or send no Accept header",
            "This resource cannot answer in the media type of your Accept header"),
    CONFLICT("conflict", 409, "Conflicts with the current state",
            "The request is valid but the state of the resource forbids it (an issued plan replaced, a second submission "
                    + "on the same task and period), or a concurrent change got there first",
            "Read the resource again; `detail` says what to do instead",
            "The plan is issued: change it through POST /api/v1/plans/{planId}/amendments"),
    PERIOD_LOCKED("period-locked", 409, "Period locked",
            "A submission or a correction for a period after it locked (the plan's `lockAfterDays` past the unit deadline), "
                    + "with no lock exception open for the unit; reviews and reads are never locked",
            "Ask a planner of the plan to open the period for the unit (POST /api/v1/plans/{planId}/lock-exceptions); "
                    + "`detail` names the period, the day it locked and the plan",
            "Period 2023-Q2 of plan 12/KH-SNV locked at the end of 2023-06-26; a planner of the plan can open it for unit HCTH "
                    + "with a lock exception (POST /api/v1/plans/{planId}/lock-exceptions). Nothing was written"),
    ENTRY_NOT_OPEN("entry-not-open", 409, "Entry not open yet",
            "A submission for a period whose entry has not opened (the plan's `entryOpens`)",
            "Submit from the day `detail` names",
            "Entry for period 2023-Q2 of plan 12/KH-SNV opens on 2023-06-09. Nothing was written"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition failed",
            "`If-Match` names a version that is no longer the current one",
            "GET the resource again, reapply your change and send its new ETag",
            "The resource has changed since you read it (If-Match \"3\", current ETag \"4\"); GET it again and reapply your change"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large",
            "The body is over the size limit (`MAX_BODY_SIZE`, 2 MB unless configured)",
            "Send a smaller body",
            "The body has 5000000 bytes; the limit is 2097152 bytes"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type",
            "The body is not sent as JSON",
            "Send the body with `Content-Type: application/json`",
            "Send the body as Content-Type: application/json"),
    UNPROCESSABLE("unprocessable", 422, "Request cannot be processed",
            "An `Idempotency-Key` is sent again with a different body",
            "Use a new key for a new request",
            "This Idempotency-Key was used for a different request body; use a new key for a new request"),
    DOCUMENT_ENCRYPTED("document-encrypted", 422, "Document is encrypted",
            "A plan's document sent to be imported is a password-protected PDF or an encrypted Word file",
            "Send the document without its password (save a copy unprotected)",
            "This PDF is protected by a password: send it without one"),
    DOCUMENT_WITHOUT_TEXT("document-without-text", 422, "Document has no text",
            "A PDF sent to be imported is a scan: its pages have no text layer to read",
            "Send the Word file, or a PDF saved from it (a text PDF)",
            "This PDF has no text; send the Word file or a text PDF"),
    DOCUMENT_LEGACY_ENCODING("document-legacy-encoding", 422, "Document in a legacy Vietnamese encoding",
            "A document sent to be imported writes Vietnamese in a pre-Unicode encoding (TCVN3/ABC, VNI), which would read as garbage",
            "Convert it to Unicode (Unikey's converter, or Word's fonts Times New Roman) and send it again",
            "The text is Vietnamese in the TCVN3 (ABC) encoding (fonts .VnTime): convert it to Unicode and send it again"),
    DOCUMENT_UNREADABLE("document-unreadable", 422, "Document cannot be read",
            "A document sent to be imported is of the type it claims but damaged",
            "Open it in the program that made it, save it again and send that copy",
            "The Word file cannot be opened: its parts are damaged"),
    DOCUMENT_NOT_A_PLAN("document-not-a-plan", 422, "Document is not a plan",
            "A document sent to be imported reads, but has no plan in it: `detail` names what is missing (the title, the tasks)",
            "Send the plan's own document (Kế hoạch), with its title and its tasks",
            "This is not a plan: it has no title (KẾ HOẠCH and the line under it) and no tasks (items with their Đơn vị chủ trì)"),
    WEBHOOK_TARGET_FORBIDDEN("webhook-target-forbidden", 422, "Webhook target not allowed",
            "A webhook subscription's `url` points where the platform does not post: its host is or resolves to a loopback, "
                    + "link-local, any-local or multicast address, or it is one of the platform's own services (server-side request "
                    + "forgery); `errors` names `url`",
            "Give the address of the receiving system as the platform's servers reach it over the network",
            "url: host 169.254.169.254 is a link-local address; webhooks are not posted there"),
    WEBHOOK_TARGET_UNRESOLVABLE("webhook-target-unresolvable", 422, "Webhook host not found",
            "A webhook subscription's `url` names a host that does not resolve to any address; `errors` names `url`",
            "Check the host name, or register it in DNS first, then send the request again",
            "url: host hooks.vpdt.quangngai.gov.vn does not resolve to any address"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition required",
            "An update without `If-Match`",
            "Send `If-Match` with the ETag of your last GET",
            "Send If-Match with the ETag from your last GET, so that you do not overwrite a change you have not seen"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests",
            "The caller is over the gateway's rate (per token subject, or per address without one)",
            "Wait the `Retry-After` seconds, then send again",
            "Over 50 requests per second; retry after the Retry-After seconds"),
    INTERNAL_ERROR("internal-error", 500, "Internal error",
            "The request failed on the platform's side",
            "Quote the `requestId` when you report it",
            "The request failed on our side; quote the requestId when you report it"),
    STORED_DOCUMENT_CORRUPTED("stored-document-corrupted", 500, "Stored document corrupted",
            "A stored document (a report snapshot's JSON, CSV, DOCX or PDF) no longer matches the SHA-256 it was stored with: "
                    + "storage has changed it, so it is not served",
            "Tell the operators (the log names the snapshot); they restore the row from a backup",
            "The stored pdf of snapshot 6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f no longer matches the digest it was stored with"),
    BAD_GATEWAY("bad-gateway", 502, "Bad gateway",
            "The gateway cannot reach the service, or the service closed the connection without an answer",
            "Retry later; a write that got this answer was not received whole",
            "The plans service is not reachable"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service unavailable",
            "A service this one depends on, or the database, cannot be reached; nothing was written",
            "Wait the `Retry-After` seconds, then send again",
            "The plans service is not reachable; retry shortly"),
    SIGNING_UNAVAILABLE("signing-unavailable", 503, "Signing unavailable",
            "The organisation's signing keystore is missing, cannot be opened, or its certificate is not valid (or the "
                    + "development keystore is refused in production); nothing was signed",
            "An operator fixes the setting the detail names (SIGNING_KEYSTORE_PATH, SIGNING_KEYSTORE_PASSWORD, SIGNING_KEY_ALIAS)",
            "Reports cannot be signed: no keystore at /etc/planprogress/signing.p12 (SIGNING_KEYSTORE_PATH). Nothing was signed."),
    GATEWAY_TIMEOUT("gateway-timeout", 504, "Gateway timeout",
            "The service did not answer in time",
            "Retry; for a creating POST, with the same `Idempotency-Key`, so that it is not created twice",
            "The plans service did not answer within 10 seconds");

    /** Written once: every type's URN is this prefix and its slug. */
    public static final String URN_PREFIX = "urn:planprogress:problem:";

    private final String slug;
    private final int status;
    private final String title;
    private final String when;
    private final String whatToDo;
    private final String example;

    ProblemType(String slug, int status, String title, String when, String whatToDo, String example) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.when = when;
        this.whatToDo = whatToDo;
        this.example = example;
    }

    /** The type as a problem body names it: {@code urn:planprogress:problem:not-found}. */
    public String uri() {
        return URN_PREFIX + slug;
    }

    public String slug() {
        return slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** When it is answered, in a line a client developer reads (Markdown). */
    public String when() {
        return when;
    }

    /** What the caller should do about it (Markdown). */
    public String whatToDo() {
        return whatToDo;
    }

    /** An example of its detail, as the OpenAPI documents show it. */
    public String example() {
        return example;
    }

    /** The type a problem body names by its URN, if the catalogue has it. */
    public static Optional<ProblemType> ofUri(String uri) {
        return Arrays.stream(values()).filter(type -> type.uri().equals(uri)).findFirst();
    }

    /** The type the OpenAPI documents show for {@code status}: the first of that status. */
    public static Optional<ProblemType> shownFor(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst();
    }

    /**
     * What a refusal of the HTTP layer (a JAX-RS exception of this status) is in the catalogue. A
     * status without a type of its own becomes a bad request, or on the server's side an internal error.
     */
    public static ProblemType ofHttpStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 428 -> PRECONDITION_REQUIRED;
            case 429 -> TOO_MANY_REQUESTS;
            case 502 -> BAD_GATEWAY;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
