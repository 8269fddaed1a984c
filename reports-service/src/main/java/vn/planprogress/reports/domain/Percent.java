package vn.planprogress.reports.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Figures as reports state them: sums without trailing zeros, percents with two decimals. */
public final class Percent {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Percent() {
    }

    /** achieved / target × 100, rounded half up to two decimals; null without a positive target. */
    public static BigDecimal of(BigDecimal achieved, BigDecimal target) {
        if (target == null || target.signum() <= 0) {
            return null;
        }
        return achieved.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
    }

    /** The number without trailing zeros, never in exponent form (36, not 3.6E+1). */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
