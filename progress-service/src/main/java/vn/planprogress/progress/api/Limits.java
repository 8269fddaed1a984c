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

    /** Digits and Latin letters, the Vietnamese ones precomposed (NFC): no combining marks, no other scripts. */
    private static final String LETTERS = "0-9A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ";

    /** Codes as plans write them: task III.3, unit TTUDDV, indicator CM, part BAO; Vietnamese letters composed (NFC), one spelling per code. */
    public static final String CODE_PATTERN = "^[" + LETTERS + "][" + LETTERS + "._/-]*$";
    public static final String CODE_MESSAGE = "must be a code of letters (Vietnamese ones composed, Unicode NFC), digits and . _ / -";

    private Limits() {
    }
}
