package vn.planprogress.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch), as the astronomical method published by Hồ Ngọc Đức
 * computes it: a month starts on the day of a new moon; month 11 is the one in which the winter
 * solstice falls; in a year of 13 months, the first month without a major solar term (a 30° step of
 * the sun's longitude) is the leap month. Days are reckoned in UTC+7, Vietnam's official time since
 * 1968, which is why Tết sometimes falls a day, or a month, apart from China's (UTC+8): 21 January
 * 1985 here, 20 February there.
 *
 * <p>The new moon and the sun's longitude follow Jean Meeus, <i>Astronomical Algorithms</i>, to
 * the precision a date needs. Days are Julian day numbers (a count of days, 2451545 for 1 January
 * 2000).
 */
final class LunarCalendar {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;

    private static final double ZONE_DAYS = 7.0 / 24;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** The Julian date of the new moon of 1 January 1900, new moon number 0. */
    private static final double FIRST_NEW_MOON = 2415021.076998695;
    private static final long JULIAN_DAY_OF_EPOCH = 2440588;
    private static final double RADIANS = Math.PI / 180;

    private LunarCalendar() {
    }

    /** Tết Nguyên đán: the first day of the first month of {@code lunarYear}. */
    static LocalDate newYear(int lunarYear) {
        return toSolar(lunarYear, 1, 1);
    }

    /**
     * The solar date of day {@code day} of month {@code month} of {@code lunarYear}, the regular month
     * where a leap month of the same number follows it (the 10th of month 3 is Giỗ Tổ even in a year
     * with a leap third month).
     */
    static LocalDate toSolar(int lunarYear, int month, int day) {
        if (lunarYear < FIRST_YEAR || lunarYear > LAST_YEAR) {
            throw new IllegalArgumentException("the lunar calendar is computed for " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + lunarYear);
        }
        if (month < 1 || month > 12 || day < 1 || day > 30) {
            throw new IllegalArgumentException("no lunar date " + day + "/" + month);
        }
        // Count months from the month 11 before the date: months 11 and 12 belong to the lunar year they end.
        long month11 = month < 11 ? month11Start(lunarYear - 1) : month11Start(lunarYear);
        long nextMonth11 = month < 11 ? month11Start(lunarYear) : month11Start(lunarYear + 1);
        long firstNewMoon = Math.round((month11 - FIRST_NEW_MOON) / SYNODIC_MONTH);
        int position = Math.floorMod(month - 11, 12);
        if (nextMonth11 - month11 > 365) {
            // Thirteen months between the two months 11: the leap month repeats the number before it.
            if (position >= leapMonthPosition(firstNewMoon)) {
                position++;
            }
        }
        return fromJulianDay(newMoonDay(firstNewMoon + position) + day - 1);
    }

    /** The day month 11 of {@code year} starts: the new moon on or before the winter solstice. */
    private static long month11Start(int year) {
        long dayBeforeNewYear = toJulianDay(LocalDate.of(year, 12, 31));
        long newMoon = (long) Math.floor((dayBeforeNewYear - 2415021) / SYNODIC_MONTH);
        long start = newMoonDay(newMoon);
        // The sun past 270° at that new moon: the solstice fell in the month before, which is month 11.
        return sunSector(start) >= 9 ? newMoonDay(newMoon - 1) : start;
    }

    /** Which month after month 11 (1 for the next) is the leap one: the first with no major solar term. */
    private static int leapMonthPosition(long month11NewMoon) {
        int position = 1;
        int sector = sunSector(newMoonDay(month11NewMoon + position));
        while (position < 13) {
            int next = sunSector(newMoonDay(month11NewMoon + position + 1));
            if (next == sector) {
                return position;
            }
            sector = next;
            position++;
        }
        return position;
    }

    /** The day, in UTC+7, of new moon number {@code k} (number 0 on 1 January 1900). */
    static long newMoonDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double meanNewMoon = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * sin(166.56 + 132.87 * t - 0.009173 * t2);
        double sunAnomaly = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double moonAnomaly = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double moonLatitude = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double correction = (0.1734 - 0.000393 * t) * sin(sunAnomaly) + 0.0021 * sin(2 * sunAnomaly)
                - 0.4068 * sin(moonAnomaly) + 0.0161 * sin(2 * moonAnomaly) - 0.0004 * sin(3 * moonAnomaly)
                + 0.0104 * sin(2 * moonLatitude) - 0.0051 * sin(sunAnomaly + moonAnomaly)
                - 0.0074 * sin(sunAnomaly - moonAnomaly) + 0.0004 * sin(2 * moonLatitude + sunAnomaly)
                - 0.0004 * sin(2 * moonLatitude - sunAnomaly) - 0.0006 * sin(2 * moonLatitude + moonAnomaly)
                + 0.0010 * sin(2 * moonLatitude - moonAnomaly) + 0.0005 * sin(2 * moonAnomaly + sunAnomaly);
        // Terrestrial time runs ahead of universal time by deltaT (in days).
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double newMoon = meanNewMoon + correction - deltaT;
        return (long) Math.floor(newMoon + 0.5 + ZONE_DAYS);
    }

    /** The sun's longitude at the start of a day in UTC+7, as its 30° sector: 0 from 0° (spring equinox) to 11. */
    static int sunSector(long julianDay) {
        double t = (julianDay - 2451545.5 - ZONE_DAYS) / 36525;
        double t2 = t * t;
        double meanAnomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double meanLongitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double equationOfCentre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000290 * sin(3 * meanAnomaly);
        double longitude = (meanLongitude + equationOfCentre) % 360;
        return (int) Math.floor((longitude < 0 ? longitude + 360 : longitude) / 30);
    }

    private static double sin(double degrees) {
        return Math.sin(degrees * RADIANS);
    }

    static long toJulianDay(LocalDate date) {
        return date.toEpochDay() + JULIAN_DAY_OF_EPOCH;
    }

    static LocalDate fromJulianDay(long julianDay) {
        return LocalDate.ofEpochDay(julianDay - JULIAN_DAY_OF_EPOCH);
    }
}
