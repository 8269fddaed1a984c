package vn.planprogress.plans.api;

/** The shapes of codes kept as written: unit codes, task, section, indicator and part codes. */
public final class Codes {

    /** Unit codes such as {@code SKHCN}, {@code HCTH}, {@code TTUDDV}. */
    public static final String UNIT = "^[A-Z0-9][A-Z0-9_-]{0,31}$";
    public static final String UNIT_MESSAGE = "must be 1 to 32 capital letters, digits, '_' or '-', e.g. SKHCN";
    /** Digits and Latin letters, the Vietnamese ones precomposed (NFC): no combining marks, no other scripts. */
    private static final String LETTERS = "0-9A-Za-zÀ-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ";

    /**
     * Codes as written in the document, such as {@code III.3}, {@code II.5}, {@code CM-PT}: Latin letters
     * (Vietnamese ones too, composed as Unicode NFC writes them, so that a code has one spelling) and digits,
     * written as ranges that every client's regular expressions read alike.
     */
    public static final String ITEM = "^[" + LETTERS + "][" + LETTERS + "._-]{0,31}$";
    public static final String ITEM_MESSAGE = "must be 1 to 32 letters (Vietnamese ones composed, Unicode NFC), digits, '.', '_' or '-', e.g. III.3";

    private Codes() {
    }
}
