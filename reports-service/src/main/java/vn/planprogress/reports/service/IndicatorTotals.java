package vn.planprogress.reports.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.planprogress.reports.api.IndicatorResult;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.PlanDigest.Indicator;
import vn.planprogress.reports.client.Submission;
import vn.planprogress.reports.domain.Percent;

/**
 * An indicator's figures in a report, from the latest submission of each contributing unit (lead, then
 * coordinating) in each period counted: a pure function, the arithmetic of {@link IndicatorResult}'s rules.
 *
 * @param units      each contributing unit with its submissions in the periods counted, in window order (earliest first)
 * @param onePeriod  the period of a one-period report (its own target applies), or null
 */
record IndicatorTotals(List<UnitSubmissions> units, String onePeriod) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A unit and its submissions on the task in the periods counted, earliest window first. */
    record UnitSubmissions(String code, String name, List<Submission> byPeriod) {
    }

    IndicatorResult of(Indicator indicator) {
        return switch (indicator.measureOrDefault()) {
            case Indicator.PERCENT -> percent(indicator);
            case Indicator.QUALITATIVE -> qualitative(indicator);
            default -> number(indicator);
        };
    }

    /** NUMBER: SUM or LATEST over units and periods, per part when it has a breakdown (achieved the parts' sum). */
    private IndicatorResult number(Indicator indicator) {
        boolean latest = Indicator.LATEST.equals(indicator.aggregationOrDefault());
        List<IndicatorResult.PartResult> parts = new ArrayList<>();
        BigDecimal achieved = BigDecimal.ZERO;
        for (PlanDigest.Part part : indicator.partsOrEmpty()) {
            BigDecimal partAchieved = total(indicator.code(), part.code(), latest);
            achieved = achieved.add(partAchieved);
            parts.add(new IndicatorResult.PartResult(part.code(), part.name(), Percent.plain(part.target()),
                    Percent.plain(partAchieved), percentOfTarget(indicator.directionOrDefault(), partAchieved, part.target(), null)));
        }
        if (parts.isEmpty()) {
            achieved = total(indicator.code(), null, latest);
        }
        return result(indicator, indicator.targetFor(onePeriod), achieved, null, parts, null);
    }

    /** PERCENT: each unit's latest value; achieved their mean, weighted, two decimals half up; none when no unit gave one. */
    private IndicatorResult percent(Indicator indicator) {
        List<IndicatorResult.UnitResult> results = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (UnitSubmissions unit : units) {
            Optional<BigDecimal> value = latestValue(unit, indicator.code(), null);
            if (value.isPresent()) {
                results.add(new IndicatorResult.UnitResult(unit.code(), unit.name(), Percent.plain(value.get()), null));
                weighted = weighted.add(value.get().multiply(indicator.weightOf(unit.code())));
                weights = weights.add(indicator.weightOf(unit.code()));
            }
        }
        BigDecimal mean = weights.signum() > 0 ? weighted.divide(weights, 2, RoundingMode.HALF_UP) : null;
        return result(indicator, indicator.targetFor(onePeriod), mean, null, List.of(), results);
    }

    /** QUALITATIVE: no number; each unit's latest text, reported when there is one. */
    private IndicatorResult qualitative(Indicator indicator) {
        List<IndicatorResult.UnitResult> results = new ArrayList<>();
        for (UnitSubmissions unit : units) {
            latestText(unit, indicator.code())
                    .ifPresent(text -> results.add(new IndicatorResult.UnitResult(unit.code(), unit.name(), null, text)));
        }
        return result(indicator, null, null, !results.isEmpty(), List.of(), results);
    }

    private static IndicatorResult result(Indicator indicator, BigDecimal target, BigDecimal achieved, Boolean reported,
                                          List<IndicatorResult.PartResult> parts, List<IndicatorResult.UnitResult> units) {
        PlanDigest.Baseline baseline = indicator.baseline();
        return new IndicatorResult(indicator.code(), indicator.name(), indicator.unitOfMeasure(), indicator.measureOrDefault(),
                indicator.directionOrDefault(), indicator.aggregationOrDefault(),
                baseline == null ? null : new IndicatorResult.Baseline(Percent.plain(baseline.value()), baseline.year(), baseline.note()),
                Percent.plain(target), Percent.plain(achieved),
                percentOfTarget(indicator.directionOrDefault(), achieved, target, baseline == null ? null : baseline.value()),
                reported, parts, units);
    }

    /** SUM: every unit's value in every period counted; LATEST: every unit's value in its latest period that gives one. */
    private BigDecimal total(String indicatorCode, String partCode, boolean latest) {
        BigDecimal total = BigDecimal.ZERO;
        for (UnitSubmissions unit : units) {
            if (latest) {
                total = total.add(latestValue(unit, indicatorCode, partCode).orElse(BigDecimal.ZERO));
            } else {
                for (Submission submission : unit.byPeriod()) {
                    total = total.add(valueIn(submission, indicatorCode, partCode).orElse(BigDecimal.ZERO));
                }
            }
        }
        return total;
    }

    private static Optional<BigDecimal> latestValue(UnitSubmissions unit, String indicatorCode, String partCode) {
        for (int i = unit.byPeriod().size() - 1; i >= 0; i--) {
            Optional<BigDecimal> value = valueIn(unit.byPeriod().get(i), indicatorCode, partCode);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> latestText(UnitSubmissions unit, String indicatorCode) {
        for (int i = unit.byPeriod().size() - 1; i >= 0; i--) {
            Optional<String> text = unit.byPeriod().get(i).valuesOrEmpty().stream()
                    .filter(v -> indicatorCode.equals(v.indicatorCode()) && v.text() != null && !v.text().isBlank())
                    .map(Submission.Value::text).findFirst();
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    /** The submission's value on the indicator (or part), added up should it give several; empty when it gives none. */
    private static Optional<BigDecimal> valueIn(Submission submission, String indicatorCode, String partCode) {
        return submission.valuesOrEmpty().stream()
                .filter(v -> indicatorCode.equals(v.indicatorCode()) && Objects.equals(partCode, v.partCode()) && v.value() != null)
                .map(Submission.Value::value)
                .reduce(BigDecimal::add);
    }

    /**
     * INCREASE: achieved / target × 100. DECREASE: with a baseline, the way from it to the target covered,
     * (baseline − achieved) / (baseline − target) × 100; without one, target / achieved × 100. Two decimals, half up;
     * null when there is nothing to divide by.
     */
    static BigDecimal percentOfTarget(String direction, BigDecimal achieved, BigDecimal target, BigDecimal baseline) {
        if (target == null || achieved == null) {
            return null;
        }
        if (!Indicator.DECREASE.equals(direction)) {
            return Percent.of(achieved, target);
        }
        if (baseline != null) {
            BigDecimal way = baseline.subtract(target);
            return way.signum() == 0 ? null : baseline.subtract(achieved).multiply(HUNDRED).divide(way, 2, RoundingMode.HALF_UP);
        }
        return achieved.signum() == 0 ? null : target.multiply(HUNDRED).divide(achieved, 2, RoundingMode.HALF_UP);
    }
}
