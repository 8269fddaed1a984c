package vn.planprogress.reports.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Báo cáo tiến độ: a unit's submission on a task for a period, as the progress service states it
 * as of an instant (its latest revision by then; {@code firstSubmittedAt} from the revisions by then).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Submission(
        UUID id,
        UUID planId,
        String taskCode,
        String unitCode,
        String period,
        String status,
        List<Value> values,
        String summary,
        String difficulties,
        String proposals,
        String state,
        int revision,
        Instant submittedAt,
        Instant firstSubmittedAt) {

    public static final String DRAFT = "DRAFT";
    public static final String DONE = "DONE";

    public List<Value> valuesOrEmpty() {
        return values == null ? List.of() : values;
    }

    /**
     * A value achieved on an indicator, or on one part of an indicator with a breakdown; a qualitative indicator's
     * result is its {@code text} (and no value).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Value(String indicatorCode, String partCode, BigDecimal value, String text) {

        public Value(String indicatorCode, String partCode, BigDecimal value) {
            this(indicatorCode, partCode, value, null);
        }
    }

    /** One page of the list. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Page(List<Submission> items, int page, int size, long totalItems, int totalPages) {
    }
}
