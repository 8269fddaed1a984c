package vn.planprogress.common.telemetry;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/**
 * The trace a request belongs to, as its problem bodies and log lines name it: the W3C trace id the
 * gateway started or continued from {@code traceparent}, carried through every service. Present
 * whether or not spans are exported, so that an operator can find one request's lines in every
 * service's log from the id a caller quotes.
 */
public final class TraceIds {

    private TraceIds() {
    }

    /** The current request's trace id (32 hex digits), or null outside a traced request. */
    public static String current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? context.getTraceId() : null;
    }
}
