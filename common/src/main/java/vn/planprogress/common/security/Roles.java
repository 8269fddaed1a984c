package vn.planprogress.common.security;

import java.util.HashSet;
import java.util.Set;

/**
 * The roles of the platform. Higher roles imply lower ones, so that an endpoint names the least
 * role it needs: {@code admin} ⇒ {@code planner} ⇒ {@code viewer}; {@code admin} ⇒ {@code leader}
 * ⇒ {@code viewer}; {@code reporter} ⇒ {@code viewer}.
 */
public final class Roles {

    /** Changes units and everything else. */
    public static final String ADMIN = "admin";
    /** Department planners: define and change plans. */
    public static final String PLANNER = "planner";
    /** Lãnh đạo: the department's leaders, who sign (ký số) its official reports. */
    public static final String LEADER = "leader";
    /** A unit's reporter: submits progress for the unit named in its {@code unit} claim. */
    public static final String REPORTER = "reporter";
    /** Reads plans, progress and reports. */
    public static final String VIEWER = "viewer";

    private Roles() {
    }

    public static Set<String> withImplied(Set<String> granted) {
        Set<String> all = new HashSet<>(granted);
        if (all.contains(ADMIN)) {
            all.add(PLANNER);
            all.add(LEADER);
        }
        if (all.contains(PLANNER) || all.contains(LEADER) || all.contains(REPORTER)) {
            all.add(VIEWER);
        }
        return all;
    }
}
