package vn.planprogress.reports.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import vn.planprogress.calendar.DateRange;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.WindowKind;

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
        /** The first schedule's period type (the one-schedule form's); {@code periodTypes} lists them all. */
        String periodType,
        /** The period types the plan reports on, in schedule order; absent from older digests (then the periods' types). */
        List<String> periodTypes,
        /** CALENDAR or CUT_OFF; absent means CALENDAR. */
        String window,
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

    /** The kind of the plan's windows: CALENDAR unless the digest says CUT_OFF. */
    public WindowKind windowKind() {
        return window == null ? WindowKind.CALENDAR : WindowKind.valueOf(window);
    }

    /** The period types the plan reports on, shortest first; read from its periods when the digest does not list them. */
    public List<PeriodType> typesShortestFirst() {
        List<PeriodType> types = periodTypes != null && !periodTypes.isEmpty()
                ? periodTypes.stream().map(PeriodType::valueOf).toList()
                : periodsOrEmpty().stream().map(Period::type).toList();
        return types.stream().distinct().sorted(Comparator.comparingInt(PeriodType::months)).toList();
    }

    public List<Period> periodsOrEmpty() {
        return periods == null ? List.of() : periods;
    }

    /** Whether any period of the plan locks: only then can it have lock exceptions. */
    public boolean locks() {
        return periodsOrEmpty().stream().anyMatch(p -> p.locksAfter() != null);
    }

    /** The unit's name, or its code when the digest does not name it. */
    public String unitName(String code) {
        return unit(code).map(Unit::name).orElse(code);
    }

    /**
     * A reporting period (kỳ báo cáo) as the plans service's calendar makes it: its window ({@code from}..{@code to},
     * closed), the unit deadline (hạn báo cáo của đơn vị), when entry opens and the last day entry is accepted
     * ({@code locksAfter}; absent when the period never locks).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String period, String periodType, LocalDate from, LocalDate to, LocalDate unitDeadline,
                         LocalDate consolidatedDeadline, LocalDate entryOpensOn, LocalDate locksAfter) {

        /** Its type, as the digest states it or, in an older digest, as its code spells it. */
        public PeriodType type() {
            return periodType != null ? PeriodType.valueOf(periodType) : vn.planprogress.calendar.Period.parse(period).type();
        }

        public DateRange window() {
            return new DateRange(from, to);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String code, String title, List<String> leadUnits, List<String> coordinatingUnits,
                       String scheduleKind, String scheduleLabel, LocalDate effectiveFrom, LocalDate effectiveTo,
                       List<Indicator> indicators) {

        /** Whether the task's schedule has any day in the period's window. */
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

    /**
     * Chỉ tiêu as a results framework: its target (absent for a qualitative one), the parts of its breakdown, how it
     * is measured (NUMBER, PERCENT, QUALITATIVE), which way is better (INCREASE, DECREASE), how periods add up (SUM,
     * LATEST), its baseline, targets per period and, for a percent, each unit's weight in the mean. An older digest
     * states none of the last six: the defaults.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String unitOfMeasure, BigDecimal target, List<Part> parts,
                            String measure, String direction, String aggregation, Baseline baseline,
                            Map<String, BigDecimal> periodTargets, Map<String, BigDecimal> weights) {

        public static final String NUMBER = "NUMBER";
        public static final String PERCENT = "PERCENT";
        public static final String QUALITATIVE = "QUALITATIVE";
        public static final String INCREASE = "INCREASE";
        public static final String DECREASE = "DECREASE";
        public static final String SUM = "SUM";
        public static final String LATEST = "LATEST";

        /** An indicator as older digests state it: a number summed over periods, more being better. */
        public Indicator(String code, String name, String unitOfMeasure, BigDecimal target, List<Part> parts) {
            this(code, name, unitOfMeasure, target, parts, null, null, null, null, null, null);
        }

        public List<Part> partsOrEmpty() {
            return parts == null ? List.of() : parts;
        }

        public String measureOrDefault() {
            return Objects.requireNonNullElse(measure, NUMBER);
        }

        public String directionOrDefault() {
            return Objects.requireNonNullElse(direction, INCREASE);
        }

        public String aggregationOrDefault() {
            return Objects.requireNonNullElse(aggregation, SUM);
        }

        /** The period's own target when the plan sets one, else the year's. */
        public BigDecimal targetFor(String period) {
            BigDecimal own = period == null || periodTargets == null ? null : periodTargets.get(period);
            return own != null ? own : target;
        }

        /** A unit's weight in a percent indicator's mean: as the plan says, else 1. */
        public BigDecimal weightOf(String unitCode) {
            BigDecimal weight = weights == null ? null : weights.get(unitCode);
            return weight != null ? weight : BigDecimal.ONE;
        }
    }

    /** Giá trị cơ sở: where the indicator started, in which year, and from what source. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Baseline(BigDecimal value, Integer year, String note) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String code, String name, BigDecimal target) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Unit(String code, String name, String shortName, String kind, String parentCode, List<String> contactEmails) {

        public Unit(String code, String name, String shortName, String kind, String parentCode) {
            this(code, name, shortName, kind, parentCode, null);
        }

        /** Where the unit's mail goes; absent from older digests (then nowhere). */
        public List<String> contactEmailsOrEmpty() {
            return contactEmails == null ? List.of() : contactEmails;
        }
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
