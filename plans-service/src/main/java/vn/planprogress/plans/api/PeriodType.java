package vn.planprogress.plans.api;

/** How often units report: once a year ({@code 2022}), per quarter ({@code 2022-Q2}) or per month ({@code 2022-05}). */
public enum PeriodType {
    ANNUAL,
    QUARTERLY,
    MONTHLY
}
