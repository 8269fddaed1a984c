package vn.planprogress.plans.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.plans.api.LockExceptionDocument;
import vn.planprogress.plans.api.LockExceptionRequest;
import vn.planprogress.plans.api.PlanStatus;
import vn.planprogress.plans.domain.LockException;
import vn.planprogress.plans.domain.Plan;
import vn.planprogress.plans.domain.Task;
import vn.planprogress.plans.repository.LockExceptionRepository;

/** Lock exceptions of issued plans: who opened which locked period for which unit, until when, and why. */
@ApplicationScoped
public class LockExceptionService {

    private final PlanService plans;
    private final LockExceptionRepository exceptions;
    private final Caller caller;
    private final Clock clock;
    private final BusinessTime time;

    @Inject
    public LockExceptionService(PlanService plans, LockExceptionRepository exceptions, Caller caller, Clock clock, BusinessTime time) {
        this.plans = plans;
        this.exceptions = exceptions;
        this.caller = caller;
        this.clock = clock;
        this.time = time;
    }

    @Transactional
    public LockExceptionDocument create(UUID planId, LockExceptionRequest request) {
        Plan plan = plans.find(planId);
        if (plan.status != PlanStatus.ISSUED) {
            throw ProblemException.conflict("Plan " + plan.number() + " is " + plan.status + "; only an issued plan's periods are locked "
                    + "and opened again" + (plan.status == PlanStatus.DRAFT ? " (issue it first)" : ""));
        }
        List<FieldViolation> violations = LockExceptionRules.check(request, unitsOf(plan), plans.calendar(plan).calendar(), time.today(clock));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        LockException exception = new LockException();
        exception.id = UUID.randomUUID();
        exception.planId = planId;
        exception.unitCode = request.unitCode();
        exception.period = request.period();
        exception.until = request.until();
        exception.reason = request.reason();
        exception.createdBy = caller.subject();
        exception.createdAt = clock.instant();
        exceptions.persistAndFlush(exception);
        return document(exception);
    }

    public List<LockExceptionDocument> list(UUID planId, String unitCode, String period) {
        plans.find(planId);
        return exceptions.of(planId, unitCode, period).stream().map(LockExceptionService::document).toList();
    }

    public LockExceptionDocument get(UUID planId, UUID exceptionId) {
        return document(find(planId, exceptionId));
    }

    @Transactional
    public void delete(UUID planId, UUID exceptionId) {
        exceptions.delete(find(planId, exceptionId));
    }

    private LockException find(UUID planId, UUID exceptionId) {
        plans.find(planId);
        LockException exception = exceptions.findById(exceptionId);
        if (exception == null || !exception.planId.equals(planId)) {
            throw ProblemException.notFound("lock exception of plan " + planId, exceptionId);
        }
        return exception;
    }

    /** The units that report on the plan: those that lead or coordinate one of its tasks. */
    private static Set<String> unitsOf(Plan plan) {
        Set<String> units = new HashSet<>();
        for (Task task : plan.tasks) {
            units.addAll(task.leadUnits());
            units.addAll(task.coordinatingUnits());
        }
        return units;
    }

    private static LockExceptionDocument document(LockException exception) {
        return new LockExceptionDocument(exception.id, exception.planId, exception.unitCode, exception.period, exception.until,
                exception.reason, exception.createdBy, exception.createdAt);
    }
}
