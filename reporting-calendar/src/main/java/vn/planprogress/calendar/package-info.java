/**
 * The reporting calendar of the platform, written once for the three services: the reporting
 * regime Vietnamese agencies report under (chế độ báo cáo, Nghị định 09/2019/NĐ-CP), in plain Java
 * with no framework and no I/O. The services keep the data (plans' rules, each year's days off),
 * configure the business zone and read the time from their {@code Clock}; everything here is a
 * method on values.
 *
 * <h2>What is where</h2>
 * <ul>
 * <li>{@link vn.planprogress.calendar.Period} and {@link vn.planprogress.calendar.PeriodType}:
 *     periods and their codes; {@link vn.planprogress.calendar.Period#window} their windows,
 *     {@link vn.planprogress.calendar.WindowKind} calendar or cut-off.</li>
 * <li>{@link vn.planprogress.calendar.DeadlineRule}: the four forms of a deadline.</li>
 * <li>{@link vn.planprogress.calendar.Holidays}, {@link vn.planprogress.calendar.DefaultHolidays},
 *     {@link vn.planprogress.calendar.WorkingDays}: days off and working days.</li>
 * <li>{@link vn.planprogress.calendar.BusinessTime}: dates and instants in the business zone.</li>
 * <li>{@link vn.planprogress.calendar.ReportingRules} and
 *     {@link vn.planprogress.calendar.PlanCalendar}: a plan's rules, and every period of its year
 *     with its dates ({@link vn.planprogress.calendar.PlanPeriod}); when entry opens
 *     ({@link vn.planprogress.calendar.EntryOpening}) and a period locks
 *     ({@link vn.planprogress.calendar.PeriodLock}).</li>
 * </ul>
 *
 * <h2>Conventions</h2>
 * <ul>
 * <li><b>Codes have one spelling.</b> {@code 2023-05}, {@code 2023-Q2}, {@code 2023-H1},
 *     {@code 2023-9M}, {@code 2023}. Lower case ({@code 2023-q1}), a month in one digit
 *     ({@code 2023-5}), a two-digit year ({@code 23-Q1}), spaces, {@code 2023-H3}, {@code 2023-Q0},
 *     {@code 2023-13} and {@code 2023-10M} are refused by an
 *     {@link vn.planprogress.calendar.InvalidPeriod} whose rule says what is wrong, and, for lower
 *     case, the spelling meant. The type of a period is read from its code.</li>
 * <li><b>Nine months does not tile the year.</b> Every other type's windows cover each day of the
 *     year (for cut-off windows: 15 December of the year before to 14 December) exactly once, and
 *     the windows of consecutive periods touch across years too; {@code 2023-9M} covers January to
 *     September (cut-off: 15 December 2022 to 14 September 2023) only.</li>
 * <li><b>Windows are closed ranges</b> of dates: both {@code from} and {@code to} are in them. A cut-off
 *     plan of year Y has days of Y-1 in its first windows, so it needs the days off of Y-1.</li>
 * <li><b>A day of a month of the period</b> names the month by its 1-based position among the
 *     period's calendar months, whatever the window: 3 is a quarter's last month, 6 a half's,
 *     12 the year's December. A day past the month's end means its last day (31 in April is 30
 *     April; 30 in February 2023 is 28 February).</li>
 * <li><b>No deadline before its window ends on a cut-off plan</b>, whatever its form: units could
 *     not report figures counted to a later day. On a calendar plan a date or a day of a month may
 *     come before the period ends (the seed plan's yearly report is due on 10 November), never
 *     before it starts.</li>
 * <li><b>N</b> (calendar days, working days, days before the window ends, days after the unit
 *     deadline) is from 0 to {@value vn.planprogress.calendar.DeadlineRule#MAX_DAYS}.</li>
 * <li><b>N calendar days</b> after the window are exactly that, even onto a day off.
 *     <b>N working days</b> after a date D is the N-th working day strictly after D; for N = 0 it is
 *     D when D is a working day, else the next working day, so a working-day deadline is never a day
 *     off.</li>
 * <li><b>Working days</b> are Monday to Friday, less the year's days off, plus its working Saturdays
 *     (ngày làm bù). A year's days off are data an admin sends; a list with a date outside its year,
 *     a date twice, a working Saturday that is not a Saturday or is also a day off, or a day without
 *     a name is refused by {@link vn.planprogress.calendar.Holidays#violations()}. A working day is
 *     never guessed for a year whose list was not given
 *     ({@link vn.planprogress.calendar.HolidaysNotSet}).</li>
 * <li><b>Default days off</b> ({@link vn.planprogress.calendar.DefaultHolidays}) are the Labour
 *     Code's, computed with the Vietnamese lunar calendar (UTC+7): to be checked against each year's
 *     official announcement. Tết is the last two days of the lunar year and the first three of the
 *     new one; Quốc khánh is 2 September and 1 September (3 September when the 1st is a weekend day);
 *     a holiday on a Saturday or a Sunday gives a day off on the next working day.</li>
 * <li><b>A deadline date means the end of that day</b> in the business zone
 *     ({@link vn.planprogress.calendar.BusinessTime}, {@code Asia/Ho_Chi_Minh} by default): the
 *     first instant past it is midnight at the start of the next day there, whatever the server's
 *     zone. A submission is on time when its first revision is before that instant.</li>
 * <li><b>Entry</b> opens at the start of its first day (the window's first day, or N days before
 *     the window's last day) and, when the plan locks its periods N days after the unit deadline,
 *     is accepted through the end of day deadline + N and refused from the next midnight; with
 *     N = 0, nothing is accepted after the deadline.</li>
 * <li><b>Validation</b> answers a list of {@link vn.planprogress.calendar.Violation}s, each with a
 *     field path relative to the value checked ({@code dates.2023-Q2},
 *     {@code workingDaysAfterWindow}, {@code daysOff[3].date}) and a message saying what to fix;
 *     bad input throws only as a period code ({@link vn.planprogress.calendar.InvalidPeriod}, whose
 *     one field is the code). {@code WorkingDays.of} and {@code PlanCalendar.of} take values
 *     already checked and throw {@code IllegalArgumentException} when given one with violations.</li>
 * </ul>
 */
package vn.planprogress.calendar;
