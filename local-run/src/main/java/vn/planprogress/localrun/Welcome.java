package vn.planprogress.localrun;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import vn.planprogress.devsupport.DevTokens;

/** What the run command prints once everything is loaded: where to look, this year's demo told case by case, the tokens. */
public final class Welcome {

    /** The unit whose reporter the README's walk-through acts as: the lead unit that has not reported in the demo. */
    public static final String WALK_THROUGH_UNIT = "CCTDC";

    private Welcome() {
    }

    /**
     * The line the README's walk-through starts from: the shell variables its commands use, for this
     * system and this year's demo plan.
     */
    public static String exports(URI gateway, DemoYear demo) {
        return "export GATEWAY=" + gateway + " PLAN=" + demo.planId() + " YEAR=" + demo.year()
                + " REPORTER=" + DevTokens.reporter(WALK_THROUGH_UNIT) + " PLANNER=" + DevTokens.planner()
                + " VIEWER=" + DevTokens.viewer();
    }

    static void print(LocalSystem system, String seedPlanId, DemoYear demo) {
        String gateway = system.url(Service.GATEWAY).toString();
        String deadline = demo.unitDeadline() == null ? "" : ", units' deadline "
                + demo.unitDeadline().format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        System.out.println();
        System.out.println("The system is ready.");
        System.out.println("  Swagger UI:  " + gateway + "/q/swagger-ui  (opens on all operations; pick a service at the top)");
        System.out.println();
        System.out.println("This year's demo: the seed plan copied to " + demo.year() + " (reported yearly" + deadline + ")");
        System.out.println("  Plan:        " + gateway + "/api/v1/plans/" + demo.planId());
        System.out.println("  Its report:  " + gateway + "/api/v1/reports/plans/" + demo.planId());
        System.out.println("  on time:     " + String.join(", ", demo.onTime()) + " (unit and task)");
        System.out.println("  accepted:    " + String.join(", ", demo.accepted()));
        System.out.println("  corrected:   " + String.join(", ", demo.corrected()) + " (a second revision, new figures)");
        System.out.println("  returned:    " + demo.returned().entrySet().stream().map(e -> e.getKey() + " (\"" + e.getValue() + "\")")
                .collect(Collectors.joining(", ")));
        System.out.println("  missing:     " + String.join(", ", demo.missing()) + " (has not reported)");
        System.out.println();
        System.out.println("The 2022 seed plan as issued; its demo progress is submitted today, after its 2022 deadline, so all late:");
        System.out.println("  Plan:        " + gateway + "/api/v1/plans/" + seedPlanId);
        System.out.println("  Its report:  " + gateway + "/api/v1/reports/plans/" + seedPlanId);
        System.out.println();
        System.out.println("Development tokens (12 hours; more with scripts/token):");
        for (List<String> token : List.of(List.of("admin", DevTokens.admin()), List.of("planner", DevTokens.planner()),
                List.of("leader", DevTokens.leader()), List.of("viewer", DevTokens.viewer()),
                List.of("reporter TTUDDV", DevTokens.reporter("TTUDDV")), List.of("reporter HCTH", DevTokens.reporter("HCTH")),
                List.of("reporter " + WALK_THROUGH_UNIT, DevTokens.reporter(WALK_THROUGH_UNIT)))) {
            System.out.printf("  %-16s %s%n", token.get(0), token.get(1));
        }
        System.out.println();
        System.out.println("The README's five-minute walk-through starts from this line (paste it into a shell):");
        System.out.println(exports(system.url(Service.GATEWAY), demo));
        System.out.println();
        System.out.println("Services: plans " + system.url(Service.PLANS) + ", progress " + system.url(Service.PROGRESS) + ", reports "
                + system.url(Service.REPORTS) + ", gateway " + gateway + "; logs in " + system.logOf(Service.GATEWAY).getParent());
        System.out.println("Press Ctrl-C to stop.");
    }
}
