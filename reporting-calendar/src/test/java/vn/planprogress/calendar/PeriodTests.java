package vn.planprogress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Period codes as plans, submissions and reports write them, and the ones they must not. */
class PeriodTests {

    @Test
    void eachFormNamesItsTypeYearAndPosition() {
        assertEquals(new Period(PeriodType.MONTHLY, 2023, 5), Period.parse("2023-05"));
        assertEquals(new Period(PeriodType.QUARTERLY, 2023, 2), Period.parse("2023-Q2"));
        assertEquals(new Period(PeriodType.SEMIANNUAL, 2023, 1), Period.parse("2023-H1"));
        assertEquals(new Period(PeriodType.SEMIANNUAL, 2023, 2), Period.parse("2023-H2"));
        assertEquals(new Period(PeriodType.NINE_MONTHS, 2023, 1), Period.parse("2023-9M"));
        assertEquals(new Period(PeriodType.ANNUAL, 2023, 1), Period.parse("2023"));
    }

    @Test
    void aCodeThatSpellsNoPeriodIsRefusedWithTheRuleItBreaks() {
        assertRefused("2023-H3", "a half is H1 or H2");
        assertRefused("2023-H0", "a half is H1 or H2");
        assertRefused("2023-Q0", "a quarter is Q1, Q2, Q3 or Q4");
        assertRefused("2023-Q5", "a quarter is Q1, Q2, Q3 or Q4");
        assertRefused("2023-Q01", "a quarter is Q1, Q2, Q3 or Q4");
        assertRefused("2023-13", "a month is 01 to 12");
        assertRefused("2023-00", "a month is 01 to 12");
        assertRefused("2023-5", "a month is written in two digits, 01 to 12");
        assertRefused("2023-10M", "the one period counted in months is 9M (nine months); six months is H1, twelve the year itself (2023)");
        assertRefused("2023-6M", "the one period counted in months is 9M (nine months); six months is H1, twelve the year itself (2023)");
        assertRefused("23-Q1", "a period starts with its year in four digits (2023): a period is a year (2023), a month (2023-05), "
                + "a quarter (2023-Q2), a half (2023-H1) or nine months (2023-9M)");
        assertRefused("0999", "the year is from 1000 to 9999");
        assertRefused("2023-", "a period is a year (2023), a month (2023-05), a quarter (2023-Q2), a half (2023-H1) or nine months (2023-9M)");
        assertRefused("2023-W12", "a period is a year (2023), a month (2023-05), a quarter (2023-Q2), a half (2023-H1) or nine months (2023-9M)");
        assertRefused("", "a period code is required: a period is a year (2023), a month (2023-05), a quarter (2023-Q2), "
                + "a half (2023-H1) or nine months (2023-9M)");
    }

    @Test
    void codesHaveOneSpellingSoLowerCaseIsRefusedNamingTheCodeMeant() {
        assertRefused("2023-q1", "period codes are written in capitals: 2023-Q1");
        assertRefused("2023-h2", "period codes are written in capitals: 2023-H2");
        assertRefused("2023-9m", "period codes are written in capitals: 2023-9M");
        // Wrong in capitals too: the rule is that one, still against the code as sent.
        InvalidPeriod invalid = assertThrows(InvalidPeriod.class, () -> Period.parse("2023-h3"));
        assertEquals("2023-h3", invalid.code());
        assertEquals("a half is H1 or H2", invalid.rule());
    }

    @Test
    void spacesAndOtherScriptsDigitsAreNotPartOfACode() {
        assertTrue(assertThrows(InvalidPeriod.class, () -> Period.parse(" 2023-Q1")).rule().startsWith("a period code has no spaces"));
        assertTrue(assertThrows(InvalidPeriod.class, () -> Period.parse("2023-Q1\n")).rule().startsWith("a period code has no spaces"));
        // Arabic-Indic digits are digits to Character.isDigit, not to a period code.
        assertThrows(InvalidPeriod.class, () -> Period.parse("٢٠٢٣-Q1"));
        assertThrows(InvalidPeriod.class, () -> Period.parse("２０２３"));
    }

    @Test
    void aPeriodSpansItsCalendarMonths() {
        assertEquals(List.of(YearMonth.of(2023, 4), YearMonth.of(2023, 5), YearMonth.of(2023, 6)), Period.parse("2023-Q2").months());
        assertEquals(YearMonth.of(2023, 7), Period.parse("2023-H2").firstMonth());
        assertEquals(YearMonth.of(2023, 12), Period.parse("2023-H2").lastMonth());
        assertEquals(9, Period.parse("2023-9M").months().size());
        assertEquals(YearMonth.of(2023, 9), Period.parse("2023-9M").lastMonth());
        assertEquals(List.of(YearMonth.of(2023, 5)), Period.parse("2023-05").months());
        assertEquals(12, Period.parse("2023").months().size());
    }

    @Test
    void theYearsPeriodsOfATypeComeInOrder() {
        assertEquals(List.of("2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"),
                PeriodType.QUARTERLY.periodsOf(2023).stream().map(Period::code).toList());
        assertEquals(List.of("2023-H1", "2023-H2"), PeriodType.SEMIANNUAL.periodsOf(2023).stream().map(Period::code).toList());
        assertEquals(List.of("2023-9M"), PeriodType.NINE_MONTHS.periodsOf(2023).stream().map(Period::code).toList());
        assertEquals("2023-01", PeriodType.MONTHLY.periodsOf(2023).get(0).code());
        assertEquals("2023-12", PeriodType.MONTHLY.periodsOf(2023).get(11).code());
    }

    private static void assertRefused(String code, String rule) {
        InvalidPeriod invalid = assertThrows(InvalidPeriod.class, () -> Period.parse(code), code);
        assertEquals(code, invalid.code());
        assertEquals(rule, invalid.rule(), code);
    }
}
