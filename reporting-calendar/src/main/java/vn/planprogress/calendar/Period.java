package vn.planprogress.calendar;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One reporting period: its type, its year and its position in the year (1-based: the 2nd quarter,
 * the 1st half). Its code is its one spelling: {@code 2023-05}, {@code 2023-Q2}, {@code 2023-H1},
 * {@code 2023-9M}, {@code 2023}; {@link #parse(String)} reads nothing else.
 */
public record Period(PeriodType type, int year, int index) {

    /** The first and last year a four-digit code can name. */
    public static final int FIRST_YEAR = 1000;
    public static final int LAST_YEAR = 9999;

    private static final String FORMS = "a period is a year (2023), a month (2023-05), a quarter (2023-Q2), "
            + "a half (2023-H1) or nine months (2023-9M)";

    public Period {
        Objects.requireNonNull(type, "type");
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("a period's year is from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
        }
        if (index < 1 || index > type.periodsPerYear()) {
            throw new IllegalArgumentException("a year has " + type.periodsPerYear() + " " + type + " periods, numbered from 1; no number " + index);
        }
    }

    /**
     * The period a code spells, and its type with it. Codes have one spelling, so {@code 2023-q1},
     * {@code 2023-5}, {@code 23-Q1} and {@code " 2023-Q1"} are refused, each with the rule it breaks.
     *
     * @throws InvalidPeriod when {@code code} spells no period
     */
    public static Period parse(String code) {
        if (code == null || code.isEmpty()) {
            throw new InvalidPeriod(String.valueOf(code), "a period code is required: " + FORMS);
        }
        if (code.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidPeriod(code, "a period code has no spaces: " + FORMS);
        }
        String upper = code.toUpperCase(Locale.ROOT);
        if (!upper.equals(code)) {
            Period meant;
            try {
                meant = parse(upper);
            } catch (InvalidPeriod inCapitals) {
                // Wrong in capitals too: name that rule, against the code as it was sent.
                throw new InvalidPeriod(code, inCapitals.rule());
            }
            throw new InvalidPeriod(code, "period codes are written in capitals: " + meant.code());
        }
        int dash = code.indexOf('-');
        String yearPart = dash < 0 ? code : code.substring(0, dash);
        if (!isDigits(yearPart, 4)) {
            throw new InvalidPeriod(code, "a period starts with its year in four digits (2023): " + FORMS);
        }
        int year = Integer.parseInt(yearPart);
        if (year < FIRST_YEAR) {
            throw new InvalidPeriod(code, "the year is from " + FIRST_YEAR + " to " + LAST_YEAR);
        }
        if (dash < 0) {
            return new Period(PeriodType.ANNUAL, year, 1);
        }
        String suffix = code.substring(dash + 1);
        PeriodType type = typeOf(code, suffix);
        return new Period(type, year, indexOf(code, type, suffix));
    }

    private static PeriodType typeOf(String code, String suffix) {
        if (suffix.startsWith("Q")) {
            return PeriodType.QUARTERLY;
        }
        if (suffix.startsWith("H")) {
            return PeriodType.SEMIANNUAL;
        }
        if (suffix.endsWith("M")) {
            return PeriodType.NINE_MONTHS;
        }
        if (isDigits(suffix, suffix.length()) && !suffix.isEmpty()) {
            return PeriodType.MONTHLY;
        }
        throw new InvalidPeriod(code, FORMS);
    }

    private static int indexOf(String code, PeriodType type, String suffix) {
        return switch (type) {
            case QUARTERLY -> digitIn(code, suffix.substring(1), 1, 4, "a quarter is Q1, Q2, Q3 or Q4");
            case SEMIANNUAL -> digitIn(code, suffix.substring(1), 1, 2, "a half is H1 or H2");
            case NINE_MONTHS -> {
                if (!suffix.equals("9M")) {
                    throw new InvalidPeriod(code, "the one period counted in months is 9M (nine months); "
                            + "six months is H1, twelve the year itself (" + code.substring(0, 4) + ")");
                }
                yield 1;
            }
            case MONTHLY -> {
                if (suffix.length() != 2) {
                    throw new InvalidPeriod(code, "a month is written in two digits, 01 to 12");
                }
                yield digitIn(code, suffix, 1, 12, "a month is 01 to 12");
            }
            case ANNUAL -> throw new IllegalStateException("a year has no suffix");
        };
    }

    private static int digitIn(String code, String digits, int min, int max, String rule) {
        if (!isDigits(digits, digits.length()) || digits.isEmpty() || digits.length() > 2) {
            throw new InvalidPeriod(code, rule);
        }
        int value = Integer.parseInt(digits);
        if (value < min || value > max || (digits.length() == 2 && max < 10)) {
            throw new InvalidPeriod(code, rule);
        }
        return value;
    }

    // ASCII digits only: Character.isDigit would let other scripts' digits spell a year.
    private static boolean isDigits(String text, int length) {
        return text.length() == length && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The period's one spelling. */
    public String code() {
        return switch (type) {
            case MONTHLY -> String.format(Locale.ROOT, "%d-%02d", year, index);
            case QUARTERLY -> year + "-Q" + index;
            case SEMIANNUAL -> year + "-H" + index;
            case NINE_MONTHS -> year + "-9M";
            case ANNUAL -> String.valueOf(year);
        };
    }

    /** The calendar months the period spans, in order: for {@code 2023-Q2} April, May and June 2023. */
    public List<YearMonth> months() {
        YearMonth first = firstMonth();
        return IntStream.range(0, type.months()).mapToObj(first::plusMonths).toList();
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (index - 1) * type.months() + 1);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, index * type.months());
    }

    /**
     * The dates the period's report covers. {@link WindowKind#CALENDAR}: from the first day of its
     * first month to the last day of its last month. {@link WindowKind#CUT_OFF} (Nghị định
     * 09/2019/NĐ-CP Art. 12): from the 15th of the month before its first month to the 14th of its
     * last month, so that the windows of January, the first quarter, the first half, nine months and
     * the year start on 15 December of the year before.
     */
    public DateRange window(WindowKind kind) {
        return switch (kind) {
            case CALENDAR -> new DateRange(firstMonth().atDay(1), lastMonth().atEndOfMonth());
            case CUT_OFF -> new DateRange(firstMonth().minusMonths(1).atDay(15), lastMonth().atDay(14));
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
