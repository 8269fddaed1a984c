package vn.planprogress.plans.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.planprogress.calendar.InvalidPeriod;
import vn.planprogress.calendar.PlanCalendar;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.plans.api.LockExceptionRequest;

/**
 * What a lock exception must keep: a unit that reports on the plan (leads or coordinates one of its
 * tasks), a period of the plan that locks, and an end that is neither past nor before the lock it
 * lifts nor more than {@value #MAX_DAYS_AFTER_LOCK} days after it. The exception starts where the
 * lock does, so "until" before the period's last day of entry would end it before it starts.
 */
public final class LockExceptionRules {

    /** The most days an exception may run past the day a period locks after. */
    public static final int MAX_DAYS_AFTER_LOCK = 366;

    private LockExceptionRules() {
    }

    /** The rules {@code request} breaks for a plan with these units and this calendar, on {@code today}; empty when it keeps them. */
    public static List<FieldViolation> check(LockExceptionRequest request, Set<String> planUnits, PlanCalendar calendar, LocalDate today) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.unitCode() != null && !planUnits.contains(request.unitCode())) {
            violations.add(new FieldViolation("unitCode", "unit '" + request.unitCode() + "' neither leads nor coordinates a task of the plan, "
                    + "so it reports nothing on it"));
        }
        if (request.period() == null) {
            return violations;
        }
        PlanPeriod period;
        try {
            period = calendar.period(request.period());
        } catch (InvalidPeriod invalid) {
            violations.add(new FieldViolation("period", invalid.rule()));
            return violations;
        }
        if (period.locksAfter().isEmpty()) {
            violations.add(new FieldViolation("period", period.code() + " never locks: the plan sets no lockAfterDays, so entry is open "
                    + "and needs no exception"));
            return violations;
        }
        LocalDate locksAfter = period.locksAfter().get();
        LocalDate until = request.until();
        if (until == null) {
            return violations;
        }
        if (until.isBefore(today)) {
            violations.add(new FieldViolation("until", until + " is past (today is " + today + "): give today or a later day"));
        } else if (until.isBefore(locksAfter)) {
            violations.add(new FieldViolation("until", "the exception would end on " + until + " before it starts: " + period.code()
                    + " takes entries through " + locksAfter + " and the exception starts where the lock does; give " + locksAfter + " or later"));
        } else if (until.isAfter(locksAfter.plusDays(MAX_DAYS_AFTER_LOCK))) {
            violations.add(new FieldViolation("until", until + " is over " + MAX_DAYS_AFTER_LOCK + " days after " + period.code()
                    + " locks (after " + locksAfter + "): give " + locksAfter.plusDays(MAX_DAYS_AFTER_LOCK) + " or earlier"));
        }
        return violations;
    }
}
