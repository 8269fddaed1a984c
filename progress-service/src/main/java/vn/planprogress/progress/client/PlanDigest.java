package vn.planprogress.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What this service reads of the plans service's digest of a plan ({@code GET /api/v1/plans/{planId}/digest}).
 * Fields it does not use are ignored, so that the plans service can add to its digest freely.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanDigest(
        UUID planId,
        String number,
        int year,
        String status,
        long version,
        String periodType,
        List<Period> periods,
        List<Task> tasks) {

    public static final String ISSUED = "ISSUED";

    public boolean isIssued() {
        return ISSUED.equals(status);
    }

    /** An issued or closed plan changes only by amendment, so what it says can be kept for a while. */
    public boolean isFrozen() {
        return isIssued() || "CLOSED".equals(status);
    }

    public Optional<Task> task(String code) {
        return tasks == null ? Optional.empty() : tasks.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Period> period(String code) {
        return periods == null ? Optional.empty() : periods.stream().filter(p -> p.period().equals(code)).findFirst();
    }

    /** The number as people cite it, e.g. 1/KH-SKHCN. */
    public String label() {
        return number == null ? String.valueOf(planId) : number;
    }

    /** A reporting period with its days and the unit deadline (hạn báo cáo của đơn vị). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String period, LocalDate from, LocalDate to, LocalDate unitDeadline) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String code, String title, List<String> leadUnits, List<String> coordinatingUnits,
                       String scheduleLabel, LocalDate effectiveFrom, LocalDate effectiveTo, List<Indicator> indicators) {

        public boolean isLedBy(String unit) {
            return leadUnits != null && leadUnits.contains(unit);
        }

        public boolean involves(String unit) {
            return isLedBy(unit) || coordinatingUnits != null && coordinatingUnits.contains(unit);
        }

        /** Whether the task's schedule has any day in the period. */
        public boolean overlaps(Period period) {
            return !effectiveFrom.isAfter(period.to()) && !effectiveTo.isBefore(period.from());
        }

        public Optional<Indicator> indicator(String code) {
            return indicators == null ? Optional.empty() : indicators.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    /** Chỉ tiêu: an indicator, with the parts of its breakdown if it has one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, List<Part> parts) {

        public boolean hasParts() {
            return parts != null && !parts.isEmpty();
        }

        public boolean hasPart(String code) {
            return hasParts() && parts.stream().anyMatch(p -> p.code().equals(code));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String code, String name) {
    }
}
