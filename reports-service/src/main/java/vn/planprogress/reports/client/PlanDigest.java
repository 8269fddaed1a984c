package vn.planprogress.reports.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
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
        String title,
        int year,
        String ownerUnit,
        String status,
        long version,
        String periodType,
        String consolidationUnit,
        ReportRecipient reportTo,
        DocumentRef parentPlanRef,
        Signer signer,
        /** Nơi ban hành: read when the plans service states it; the configured place otherwise. */
        String place,
        List<String> recipients,
        List<Period> periods,
        List<Task> tasks,
        List<Unit> units) {

    public Optional<Period> period(String code) {
        return periods == null ? Optional.empty() : periods.stream().filter(p -> p.period().equals(code)).findFirst();
    }

    public Optional<Unit> unit(String code) {
        return units == null || code == null ? Optional.empty() : units.stream().filter(u -> u.code().equals(code)).findFirst();
    }

    /** The unit's name, or its code when the digest does not name it. */
    public String unitName(String code) {
        return unit(code).map(Unit::name).orElse(code);
    }

    /** A reporting period (kỳ báo cáo) with its days and the unit deadline (hạn báo cáo của đơn vị). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String period, LocalDate from, LocalDate to, LocalDate unitDeadline, LocalDate consolidatedDeadline) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String code, String title, List<String> leadUnits, List<String> coordinatingUnits,
                       String scheduleKind, String scheduleLabel, LocalDate effectiveFrom, LocalDate effectiveTo,
                       List<Indicator> indicators) {

        /** Whether the task's schedule has any day in the period. */
        public boolean overlaps(Period period) {
            return !effectiveFrom.isAfter(period.to()) && !effectiveTo.isBefore(period.from());
        }

        public List<String> leadUnitsOrEmpty() {
            return leadUnits == null ? List.of() : leadUnits;
        }

        public List<String> coordinatingUnitsOrEmpty() {
            return coordinatingUnits == null ? List.of() : coordinatingUnits;
        }

        public List<Indicator> indicatorsOrEmpty() {
            return indicators == null ? List.of() : indicators;
        }
    }

    /** Chỉ tiêu: an indicator with its target, and the parts of its breakdown if it has one. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String unitOfMeasure, BigDecimal target, List<Part> parts) {

        public List<Part> partsOrEmpty() {
            return parts == null ? List.of() : parts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String code, String name, BigDecimal target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String code, String name, String shortName, String kind, String parentCode) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ReportRecipient(String unit, String via, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DocumentRef(String documentType, String number, LocalDate date, String issuer, String title) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Signer(String title, String name) {
    }
}
