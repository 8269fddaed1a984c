package vn.planprogress.common.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The domain events an integrator can follow (the feed {@code GET /api/v1/events} and webhook
 * subscriptions), named on the wire as {@code <thing>.<what happened>}. Each is written by the
 * service that owns the thing, in the transaction that changes it.
 */
public enum EventType {
    PLAN_ISSUED("plan.issued"),
    PLAN_AMENDED("plan.amended"),
    PLAN_CLOSED("plan.closed"),
    SUBMISSION_CREATED("submission.created"),
    SUBMISSION_CORRECTED("submission.corrected"),
    SUBMISSION_REVIEWED("submission.reviewed"),
    SNAPSHOT_TAKEN("snapshot.taken"),
    REPORT_READY("report.ready"),
    REMINDER_DUE("reminder.due");

    /** Every wire name, comma-separated, for the errors that name what is allowed. */
    public static final String NAMES = Arrays.stream(values()).map(EventType::wireName).collect(Collectors.joining(", "));

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<EventType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
    }

    @JsonCreator
    static EventType fromWire(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("must be one of " + NAMES));
    }
}
