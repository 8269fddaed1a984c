package vn.planprogress.calendar;

/**
 * The two deadlines of the periods of one type: by when each unit reports to the consolidating
 * unit ({@code unitDeadline}), and by when the consolidated report goes up ({@code consolidatedDeadline}).
 * Either may be null as sent; {@link ReportingRules#violations()} names it.
 */
public record PeriodDeadlines(DeadlineRule unitDeadline, DeadlineRule consolidatedDeadline) {
}
