package vn.planprogress.common.idempotency;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;

/** What a creating POST answers: where the new resource is, its body and its ETag. */
public record Created(URI location, Object body, EntityTag etag) {
}
