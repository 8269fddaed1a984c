package vn.planprogress.calendar;

/**
 * A period code that does not name a period, or not one the plan reports on; {@link #rule()} says
 * which rule it breaks, in words a caller can act on ("a half is H1 or H2").
 */
public final class InvalidPeriod extends IllegalArgumentException {

    private final String code;
    private final String rule;

    public InvalidPeriod(String code, String rule) {
        super("'" + code + "': " + rule);
        this.code = code;
        this.rule = rule;
    }

    /** The code as it was sent. */
    public String code() {
        return code;
    }

    /** The rule the code breaks. */
    public String rule() {
        return rule;
    }
}
