package vn.planprogress.progress.api;

/** What the reviewing department decides on a submitted revision. */
public enum ReviewDecision {
    ACCEPT,
    RETURN;

    /** The review state a submission is in after this decision. */
    public ReviewState outcome() {
        return this == ACCEPT ? ReviewState.ACCEPTED : ReviewState.RETURNED;
    }
}
