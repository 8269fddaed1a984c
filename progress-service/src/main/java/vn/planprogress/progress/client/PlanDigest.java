package vn.planprogress.progress.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.calendar.DateRange;
import vn.planprogress.calendar.InvalidPeriod;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.calendar.WindowKind;

/**
 * What this service reads of the plans service's digest of a plan ({@code GET /api/v1/plans/{planId}/digest}).
 * Fields it does not use are ignored, so that the plans service can add to its digest freely; fields a
 * digest of before the reporting regime leaves out mean what they meant then (one period type, calendar
 * windows, entry at any time, no lock, every indicator a number).
 *
 * @param periodType the first period type the plan reports on
 * @param periodTypes every period type the plan reports on, in the order of its schedules
 * @param window the kind of window every period of the plan has
 * @param periods every period the plan reports on, with the dates the plans service computed for it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PlanDigest(
        UUID planId,
        String number,
        int year,
        String status,
        long version,
        PeriodType periodType,
        List<PeriodType> periodTypes,
        WindowKind window,
        List<Period> periods,
        List<Task> tasks) {

    public static final String ISSUED = "ISSUED";

    public PlanDigest {
        periods = periods == null ? List.of() : List.copyOf(periods);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        window = window == null ? WindowKind.CALENDAR : window;
        periodTypes = periodTypes == null || periodTypes.isEmpty() ? typesOf(periodType, periods) : List.copyOf(periodTypes);
        periodType = periodType == null && !periodTypes.isEmpty() ? periodTypes.get(0) : periodType;
    }

    /** A digest sent before plans listed their types: the one type it names, else those of its periods. */
    private static List<PeriodType> typesOf(PeriodType periodType, List<Period> periods) {
        if (periodType != null) {
            return List.of(periodType);
        }
        List<PeriodType> types = new ArrayList<>();
        periods.stream().map(Period::periodType).filter(type -> type != null && !types.contains(type)).forEach(types::add);
        return List.copyOf(types);
    }

    public boolean isIssued() {
        return ISSUED.equals(status);
    }

    /** An issued or closed plan changes only by amendment, so what it says can be kept for a while. */
    public boolean isFrozen() {
        return isIssued() || "CLOSED".equals(status);
    }

    public Optional<Task> task(String code) {
        return tasks.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public Optional<Period> period(String code) {
        return periods.stream().filter(p -> p.period().equals(code)).findFirst();
    }

    /** The plan's periods of one type, in the plan's order. */
    public List<Period> periodsOf(PeriodType type) {
        return periods.stream().filter(p -> p.periodType() == type).toList();
    }

    /** The number as people cite it, e.g. 1/KH-SKHCN. */
    public String label() {
        return number == null ? String.valueOf(planId) : number;
    }

    /**
     * Kỳ báo cáo: a reporting period with the dates the plans service computed from the plan's rules.
     *
     * @param from the first day of the period's window (thời gian chốt số liệu), the period's own first day on a calendar plan
     * @param to the last day of the window
     * @param unitDeadline units report by the end of this day (hạn báo cáo của đơn vị)
     * @param entryOpensOn the first day entry is accepted; null when it always is
     * @param locksAfter the last day entry is accepted; null when the period never locks
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String period, PeriodType periodType, LocalDate from, LocalDate to, LocalDate unitDeadline,
                         LocalDate consolidatedDeadline, LocalDate entryOpensOn, LocalDate locksAfter) {

        public Period {
            periodType = periodType == null ? typeOf(period) : periodType;
        }

        /** A period of a digest sent before periods named their type: the type its code spells. */
        private static PeriodType typeOf(String code) {
            try {
                return code == null ? null : vn.planprogress.calendar.Period.parse(code).type();
            } catch (InvalidPeriod notACode) {
                return null;
            }
        }

        public DateRange window() {
            return new DateRange(from, to);
        }

        /** The period as the reporting calendar reads it: its dates as instants in the business zone. */
        public PlanPeriod in(BusinessTime time) {
            Optional<LocalDate> opens = Optional.ofNullable(entryOpensOn);
            Optional<LocalDate> locks = Optional.ofNullable(locksAfter);
            return new PlanPeriod(vn.planprogress.calendar.Period.parse(period), window(), unitDeadline, consolidatedDeadline,
                    opens, locks, time.endOf(unitDeadline), consolidatedDeadline == null ? null : time.endOf(consolidatedDeadline),
                    opens.map(time::startOf), locks.map(time::endOf));
        }
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

        /** Whether the task's schedule has any day in the period's window: the periods that expect its reports. */
        public boolean overlaps(Period period) {
            return period.window().overlaps(new DateRange(effectiveFrom, effectiveTo));
        }

        public Optional<Indicator> indicator(String code) {
            return indicators == null ? Optional.empty() : indicators.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    /**
     * Chỉ tiêu: an indicator, with the parts of its breakdown if it has one, and what kind of result it
     * takes (a number when the digest does not say).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, Measure measure, List<Part> parts) {

        public Indicator {
            measure = measure == null ? Measure.NUMBER : measure;
        }

        public boolean hasParts() {
            return parts != null && !parts.isEmpty();
        }

        public boolean hasPart(String code) {
            return hasParts() && parts.stream().anyMatch(p -> p.code().equals(code));
        }
    }

    /** What a unit reports on an indicator. */
    public enum Measure {
        /** A count or an amount, 0 or more. */
        NUMBER,
        /** A percentage, 0 to 100, never summed across units. */
        PERCENT,
        /** A result in words (a text), no number. */
        QUALITATIVE
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Part(String code, String name) {
    }
}
