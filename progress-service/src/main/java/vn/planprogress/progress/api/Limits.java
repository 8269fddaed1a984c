package vn.planprogress.progress.api;

/** Sizes of what a submission may hold, and the forms of codes, stated once for the DTOs and their messages. */
public final class Limits {

    public static final int CODE = 50;
    public static final int SUMMARY = 10_000;
    public static final int TEXT = 5_000;
    public static final int REASON = 2_000;
    public static final int VALUES = 200;
    public static final int EVIDENCE = 50;
    public static final int URL = 2_000;
    public static final int DOCUMENT_NUMBER = 100;
    public static final int TITLE = 500;

    /** {@code 2022}, {@code 2022-Q2} or {@code 2022-05}; whether it is one of the plan's periods is checked against the plan. */
    public static final String PERIOD = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?";
    public static final String PERIOD_MESSAGE = "must be a year (2022), a quarter (2022-Q2) or a month (2022-05)";
    /** Codes as plans write them: task III.3, unit TTUDDV, indicator CM, part BAO. */
    public static final String CODE_PATTERN = "^[0-9A-Za-zÀ-ỹ][0-9A-Za-zÀ-ỹ._/-]*$";
    public static final String CODE_MESSAGE = "must be a code of letters, digits and . _ / -";

    private Limits() {
    }
}
