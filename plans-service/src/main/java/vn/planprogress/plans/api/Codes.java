package vn.planprogress.plans.api;

/** The shapes of codes kept as written: unit codes, task, section, indicator and part codes. */
public final class Codes {

    /** Unit codes such as {@code SKHCN}, {@code HCTH}, {@code TTUDDV}. */
    public static final String UNIT = "^[A-Z0-9][A-Z0-9_-]{0,31}$";
    public static final String UNIT_MESSAGE = "must be 1 to 32 capital letters, digits, '_' or '-', e.g. SKHCN";
    /**
     * Codes as written in the document, such as {@code III.3}, {@code II.5}, {@code CM-PT}: Latin letters
     * (Vietnamese ones too) and digits, written as ranges that every client's regular expressions read alike.
     */
    public static final String ITEM = "^[0-9A-Za-zÀ-ỹ][0-9A-Za-zÀ-ỹ._-]{0,31}$";
    public static final String ITEM_MESSAGE = "must be 1 to 32 letters, digits, '.', '_' or '-', e.g. III.3";

    private Codes() {
    }
}
