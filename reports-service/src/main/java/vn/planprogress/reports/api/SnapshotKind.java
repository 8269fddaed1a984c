package vn.planprogress.reports.api;

/** Why a snapshot was taken. */
public enum SnapshotKind {
    /** Asked for through the API. */
    ON_DEMAND,
    /** The daily snapshot of an issued plan. */
    DAILY,
    /** The consolidated report of a period, taken after its unit deadline for the consolidating unit. */
    CONSOLIDATED
}
