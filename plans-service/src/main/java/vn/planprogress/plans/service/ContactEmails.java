package vn.planprogress.plans.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;

/** The rule for a unit's contact addresses: at most {@value #MAX}, each one mailbox address. */
public final class ContactEmails {

    public static final int MAX = 10;
    // One address, local@domain.tld, no display name, no spaces: what an SMTP server takes as RCPT TO.
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

    private ContactEmails() {
    }

    /** Throws a 400 naming every offending {@code contactEmails[i]} (or the list when it is too long). */
    public static void check(List<String> addresses) {
        if (addresses == null) {
            return;
        }
        if (addresses.size() > MAX) {
            throw ProblemException.invalid("contactEmails", "at most " + MAX + " addresses, " + addresses.size() + " given");
        }
        List<FieldViolation> errors = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            String address = addresses.get(i);
            if (address == null || !ADDRESS.matcher(address).matches() || address.contains("..")) {
                errors.add(new FieldViolation("contactEmails[" + i + "]",
                        "'" + address + "' is not an e-mail address (name@domain, e.g. vanthu@skhcn.quangngai.gov.vn)"));
            } else if (addresses.subList(0, i).stream().anyMatch(address::equalsIgnoreCase)) {
                errors.add(new FieldViolation("contactEmails[" + i + "]", "'" + address + "' is listed twice"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
