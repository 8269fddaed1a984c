package vn.planprogress.calendar;

/**
 * Which dates a period's report covers (thời gian chốt số liệu): a plan states one kind for all its
 * periods. See {@link Period#window(WindowKind)}.
 */
public enum WindowKind {

    /** The period's own calendar dates: {@code 2023-Q2} is 1 April to 30 June 2023. */
    CALENDAR,

    /**
     * The cut-off windows of Nghị định 09/2019/NĐ-CP, Art. 12: from the 15th of the month before the
     * period's first month to the 14th of its last month. {@code 2023-Q1} is 15 December 2022 to
     * 14 March 2023; the first half, nine months and the year start on 15 December of the year before.
     */
    CUT_OFF
}
