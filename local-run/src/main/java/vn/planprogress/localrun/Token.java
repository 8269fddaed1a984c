package vn.planprogress.localrun;

import java.time.Duration;
import java.util.Set;
import vn.planprogress.devsupport.DevTokens;

/** {@code token <admin|planner|leader|viewer|reporter> [unit] [hours]}: prints a development token. */
public final class Token {

    private Token() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || !Set.of("admin", "planner", "leader", "viewer", "reporter").contains(args[0])
                || (args[0].equals("reporter") && args.length < 2)) {
            System.err.println("usage: token admin|planner|leader|viewer [hours]  |  token reporter <UNIT> [hours]");
            System.exit(2);
        }
        String role = args[0];
        String unit = role.equals("reporter") ? args[1] : null;
        int hoursArg = role.equals("reporter") ? 2 : 1;
        long hours = args.length > hoursArg ? Long.parseLong(args[hoursArg]) : 12;
        String subject = unit == null ? role + "@dev" : "reporter." + unit.toLowerCase() + "@dev";
        System.out.println(DevTokens.mint(subject, Set.of(role), unit, Duration.ofHours(hours)));
    }
}
