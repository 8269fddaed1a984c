package vn.planprogress.plans.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.planprogress.calendar.DefaultHolidays;
import vn.planprogress.calendar.HolidaysNotSet;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.events.Outbox;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.AmendmentRequest;
import vn.planprogress.plans.api.IssueRequest;
import vn.planprogress.plans.api.PlanCalendarDocument;
import vn.planprogress.plans.api.PlanDigest;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.PlanStatus;
import vn.planprogress.plans.api.PlanSummary;
import vn.planprogress.plans.api.PlanVersionSummary;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.domain.Plan;
import vn.planprogress.plans.domain.PlanVersion;
import vn.planprogress.plans.domain.Task;
import vn.planprogress.plans.domain.UnitDirectory;
import vn.planprogress.plans.mapping.PlanMapper;
import vn.planprogress.plans.mapping.ReportingRulesMapper;
import vn.planprogress.plans.repository.PlanRepository;
import vn.planprogress.plans.repository.UnitRepository;

/**
 * Plans through their lifecycle: a draft is written freely; issuing gives it its number and
 * freezes it; an issued plan changes only by an amendment, which keeps the previous version;
 * a closed plan does not change. Every write checks the whole plan against {@link PlanRules}.
 * Issuing, amending and closing write their event to the outbox in their own transaction.
 */
@ApplicationScoped
public class PlanService {

    private final PlanRepository plans;
    private final UnitRepository units;
    private final Caller caller;
    private final Clock clock;
    private final BusinessTime time;
    private final ObjectMapper json;
    private final PlanCalendars calendars;
    private final Outbox outbox;

    @Inject
    public PlanService(PlanRepository plans, UnitRepository units, Caller caller, Clock clock, BusinessTime time, ObjectMapper json,
                       PlanCalendars calendars, Outbox outbox) {
        this.calendars = calendars;
        this.outbox = outbox;
        this.plans = plans;
        this.units = units;
        this.caller = caller;
        this.clock = clock;
        this.time = time;
        this.json = json;
    }

    public Page<PlanSummary> list(Integer year, String ownerUnit, PlanStatus status, String parentPlanNumber, PageRequest page) {
        Page<Plan> found = plans.search(year, ownerUnit, status, parentPlanNumber, page);
        return new Page<>(found.items().stream().map(PlanMapper::toSummary).toList(), found.page(), found.size(),
                found.totalItems(), found.totalPages());
    }

    public PlanDocument get(UUID id) {
        return document(find(id));
    }

    public PlanDigest digest(UUID id) {
        Plan plan = find(id);
        return PlanMapper.toDigest(plan, units.directory(), ReportingRulesMapper.periods(calendar(plan).calendar().periods()));
    }

    /**
     * The digest's ETag: the plan's version and a hash of the versions of the days off its calendar
     * counts with, so that a new list of days off changes it as a new version of the plan does.
     */
    public String digestTag(UUID id) {
        Plan plan = find(id);
        return plan.version + "." + calendars.holidayTag(plan.year);
    }

    /** Every period of the plan with its window and dates, and the years of days off they were counted with. */
    public PlanCalendarDocument calendar(UUID id) {
        Plan plan = find(id);
        PlanCalendars.Computed computed = calendar(plan);
        return new PlanCalendarDocument(plan.id, plan.year, plan.reporting.windowOrDefault(),
                ReportingRulesMapper.periods(computed.calendar().periods()), computed.holidayYears());
    }

    /** The plan's calendar as its stored rules and today's days off make it. */
    PlanCalendars.Computed calendar(Plan plan) {
        return calendars.of(plan.reporting, plan.year);
    }

    @Transactional
    public PlanDocument create(PlanDocument document) {
        UnitDirectory directory = checked(document, "");
        Plan plan = new Plan();
        plan.id = UUID.randomUUID();
        plan.status = PlanStatus.DRAFT;
        plan.amendment = 0;
        plan.createdBy = caller.subject();
        plan.createdAt = clock.instant();
        plan.updatedAt = plan.createdAt;
        PlanMapper.apply(document, plan, directory);
        plans.persistAndFlush(plan);
        plans.getEntityManager().refresh(plan);
        return document(plan);
    }

    @Transactional
    public PlanDocument replace(UUID id, PlanDocument document, String ifMatch) {
        Plan plan = find(id);
        ETags.requireMatch(ifMatch, plan.version);
        requireDraft(plan);
        rewrite(plan, document, "");
        return document(plan);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        Plan plan = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, plan.version);
        }
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("Plan " + plan.number() + " is " + plan.status
                    + "; only a draft can be deleted (an issued plan is closed instead)");
        }
        plans.delete(plan);
    }

    @Transactional
    public PlanDocument issue(UUID id, IssueRequest request, String ifMatch) {
        Plan plan = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, plan.version);
        }
        if (plan.status != PlanStatus.DRAFT) {
            throw ProblemException.conflict("Plan " + plan.number() + " is already " + plan.status);
        }
        // Groups of units are resolved once more against the units as they stand at issue.
        rewrite(plan, PlanMapper.toDocument(plan, null), "");
        plan.numberSequence = sequenceFor(plan, request == null ? null : request.sequence());
        plan.issuedOn = request != null && request.issuedOn() != null ? request.issuedOn()
                : plan.issuedOn != null ? plan.issuedOn : time.today(clock);
        plan.status = PlanStatus.ISSUED;
        plan.updatedAt = clock.instant();
        plans.flush();
        keepVersion(plan, "Ban hành");
        outbox.record(EventType.PLAN_ISSUED, plan.id, PlanEvent.unitsOf(plan), PlanEvent.of(plan));
        return document(plan);
    }

    @Transactional
    public PlanDocument amend(UUID id, AmendmentRequest request, String ifMatch) {
        Plan plan = find(id);
        ETags.requireMatch(ifMatch, plan.version);
        if (plan.status != PlanStatus.ISSUED) {
            throw ProblemException.conflict("Plan " + plan.number() + " is " + plan.status + "; only an issued plan is amended"
                    + (plan.status == PlanStatus.DRAFT ? " (change a draft with PUT)" : ""));
        }
        PlanDocument document = request.plan();
        List<FieldViolation> frozen = new ArrayList<>();
        if (!Objects.equals(document.year(), plan.year)) {
            frozen.add(new FieldViolation("plan.year", "an amendment cannot change the plan year (" + plan.year + ")"));
        }
        if (!Objects.equals(document.ownerUnit(), plan.ownerUnit)) {
            frozen.add(new FieldViolation("plan.ownerUnit", "an amendment cannot change the owner unit (" + plan.ownerUnit + ")"));
        }
        if (document.reporting() != null && !Set.copyOf(document.reporting().periodTypes()).equals(Set.copyOf(plan.reporting.periodTypes()))) {
            frozen.add(new FieldViolation(document.reporting().shorthand() ? "plan.reporting.periodType" : "plan.reporting.schedules",
                    "an amendment cannot change the period types the plan reports on (" + plan.reporting.periodTypes() + ")"));
        }
        if (document.reporting() != null && document.reporting().windowOrDefault() != plan.reporting.windowOrDefault()) {
            frozen.add(new FieldViolation("plan.reporting.window",
                    "an amendment cannot change the windows the periods are counted on (" + plan.reporting.windowOrDefault() + ")"));
        }
        if (!frozen.isEmpty()) {
            throw ProblemException.invalid(frozen);
        }
        LocalDate issuedOn = plan.issuedOn;
        Set<String> unitsBefore = PlanEvent.unitsOf(plan);
        rewrite(plan, document.withNumber(plan.numberSymbol), "plan.");
        if (plan.issuedOn == null) {
            plan.issuedOn = issuedOn;
        }
        plan.amendment++;
        plans.flush();
        keepVersion(plan, request.reason());
        outbox.record(EventType.PLAN_AMENDED, plan.id, PlanEvent.unitsOf(unitsBefore, plan), PlanEvent.of(plan));
        return document(plan);
    }

    @Transactional
    public PlanDocument close(UUID id, String ifMatch) {
        Plan plan = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, plan.version);
        }
        if (plan.status != PlanStatus.ISSUED) {
            throw ProblemException.conflict("Plan " + plan.number() + " is " + plan.status + "; only an issued plan is closed");
        }
        plan.status = PlanStatus.CLOSED;
        plan.updatedAt = clock.instant();
        plans.flush();
        outbox.record(EventType.PLAN_CLOSED, plan.id, PlanEvent.unitsOf(plan), PlanEvent.of(plan));
        return document(plan);
    }

    public List<PlanVersionSummary> versions(UUID id) {
        find(id);
        return plans.getEntityManager()
                .createQuery("from PlanVersion where planId = :id order by amendment", PlanVersion.class)
                .setParameter("id", id)
                .getResultStream()
                .map(v -> new PlanVersionSummary(v.amendment, v.reason, v.createdBy, v.createdAt))
                .toList();
    }

    /** The version as it was kept: the JSON bytes served when it was issued or amended. */
    public byte[] version(UUID id, int amendment) {
        find(id);
        PlanVersion version = plans.getEntityManager().find(PlanVersion.class, key(id, amendment));
        if (version == null) {
            throw ProblemException.notFound("version of plan " + id, amendment);
        }
        return version.content;
    }

    // Tasks, one at a time: each change rewrites the draft plan so that every rule is checked whole.

    public Page<TaskDocument> tasks(UUID id, PageRequest page) {
        List<TaskDocument> all = find(id).tasks.stream().map(PlanMapper::toDocument).toList();
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size, all.size());
        return Page.of(all.subList(from, to), page, all.size());
    }

    public TaskDocument task(UUID id, String code) {
        return PlanMapper.toDocument(findTask(find(id), code));
    }

    public long version(UUID id) {
        return find(id).version;
    }

    @Transactional
    public TaskDocument addTask(UUID id, TaskDocument task, String ifMatch) {
        Plan plan = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, plan.version);
        }
        requireDraft(plan);
        if (plan.tasks.stream().anyMatch(t -> t.code.equals(task.code()))) {
            throw ProblemException.conflict("Plan " + plan.number() + " already has a task '" + task.code() + "'");
        }
        PlanDocument document = PlanMapper.toDocument(plan, null);
        List<TaskDocument> tasks = new ArrayList<>(document.tasks());
        tasks.add(task);
        rewrite(plan, document.withTasks(tasks), "tasks[" + (tasks.size() - 1) + "].");
        return PlanMapper.toDocument(findTask(plan, task.code()));
    }

    @Transactional
    public TaskDocument replaceTask(UUID id, String code, TaskDocument task, String ifMatch) {
        Plan plan = find(id);
        ETags.requireMatch(ifMatch, plan.version);
        requireDraft(plan);
        findTask(plan, code);
        if (!code.equals(task.code())) {
            throw ProblemException.invalid("code", "must be the task's code in the path ('" + code + "')");
        }
        PlanDocument document = PlanMapper.toDocument(plan, null);
        List<TaskDocument> tasks = new ArrayList<>(document.tasks());
        int index = indexOf(tasks, code);
        tasks.set(index, task);
        rewrite(plan, document.withTasks(tasks), "tasks[" + index + "].");
        return PlanMapper.toDocument(findTask(plan, code));
    }

    @Transactional
    public void deleteTask(UUID id, String code, String ifMatch) {
        Plan plan = find(id);
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, plan.version);
        }
        requireDraft(plan);
        findTask(plan, code);
        if (plan.tasks.size() == 1) {
            throw ProblemException.conflict("Task '" + code + "' is the plan's only task; a plan keeps at least one");
        }
        PlanDocument document = PlanMapper.toDocument(plan, null);
        List<TaskDocument> tasks = new ArrayList<>(document.tasks());
        tasks.remove(indexOf(tasks, code));
        rewrite(plan, document.withTasks(tasks), "");
    }

    Plan find(UUID id) {
        Plan plan = plans.findById(id);
        if (plan == null) {
            throw ProblemException.notFound("plan", id);
        }
        return plan;
    }

    /** The plan as the API shows it, with its periods. */
    private PlanDocument document(Plan plan) {
        return PlanMapper.toDocument(plan, ReportingRulesMapper.periods(calendar(plan).calendar().periods()));
    }

    private static Task findTask(Plan plan, String code) {
        return plan.tasks.stream().filter(t -> t.code.equals(code)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("task in plan " + plan.number(), code));
    }

    private static int indexOf(List<TaskDocument> tasks, String code) {
        for (int i = 0; i < tasks.size(); i++) {
            if (tasks.get(i).code().equals(code)) {
                return i;
            }
        }
        throw new IllegalArgumentException(code);
    }

    private static void requireDraft(Plan plan) {
        if (plan.status == PlanStatus.ISSUED) {
            throw ProblemException.conflict("Plan " + plan.number() + " is issued and its content is frozen; change it "
                    + "through POST /api/v1/plans/" + plan.id + "/amendments, which keeps the issued version");
        }
        if (plan.status == PlanStatus.CLOSED) {
            throw ProblemException.conflict("Plan " + plan.number() + " is closed and does not change");
        }
    }

    /** Checks the whole document, then replaces the plan's content with it. */
    private void rewrite(Plan plan, PlanDocument document, String fieldPrefix) {
        UnitDirectory directory = checked(document, fieldPrefix);
        plan.tasks.clear();
        plans.flush();
        PlanMapper.apply(document, plan, directory);
        plan.updatedAt = clock.instant();
        plans.flush();
        plans.getEntityManager().refresh(plan);
    }

    /**
     * Checks a document against the rules. {@code fieldPrefix} says where the document sits in the
     * request body: {@code plan.} in an amendment; for a task endpoint, the prefix of that task in
     * the plan, which is taken off so that fields read as in the task body.
     */
    private UnitDirectory checked(PlanDocument document, String fieldPrefix) {
        UnitDirectory directory = units.directory();
        List<FieldViolation> violations = new ArrayList<>(PlanRules.check(document, directory.codes(), directory::childrenOf));
        if (violations.isEmpty()) {
            try {
                violations.addAll(PlanRules.checkCalendar(document.reporting(), calendars.of(document.reporting(), document.year()).calendar()));
            } catch (HolidaysNotSet notSet) {
                violations.add(new FieldViolation(ReportingRulesMapper.workingDaysField(document.reporting()), "working days cannot be counted "
                        + "in " + notSet.year() + ": days off are kept for " + DefaultHolidays.FIRST_YEAR + " to " + DefaultHolidays.LAST_YEAR));
            }
        }
        if (!violations.isEmpty()) {
            boolean taskBody = fieldPrefix.startsWith("tasks[");
            throw ProblemException.invalid(violations.stream()
                    .map(v -> new FieldViolation(taskBody ? relative(v.field(), fieldPrefix) : fieldPrefix + v.field(), v.message()))
                    .toList());
        }
        return directory;
    }

    private static String relative(String field, String taskPrefix) {
        return field.startsWith(taskPrefix) ? field.substring(taskPrefix.length()) : "(plan) " + field;
    }

    private int sequenceFor(Plan plan, Integer requested) {
        if (requested != null) {
            if (plans.sequenceTaken(plan.ownerUnit, plan.year, requested)) {
                throw ProblemException.conflict("Number " + requested + "/" + plan.numberSymbol + " is already taken by another plan of "
                        + plan.ownerUnit + " in " + plan.year);
            }
            return requested;
        }
        int next = plans.nextSequence(plan.ownerUnit, plan.year);
        while (plans.sequenceTaken(plan.ownerUnit, plan.year, next)) {
            next = plans.nextSequence(plan.ownerUnit, plan.year);
        }
        return next;
    }

    private void keepVersion(Plan plan, String reason) {
        PlanVersion version = new PlanVersion();
        version.planId = plan.id;
        version.amendment = plan.amendment;
        version.reason = reason;
        version.content = serialized(document(plan));
        version.formatVersion = PlanVersion.FORMAT_VERSION;
        version.createdBy = caller.subject();
        version.createdAt = clock.instant();
        plans.getEntityManager().persist(version);
        plans.flush();
    }

    private byte[] serialized(PlanDocument document) {
        try {
            return json.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Plan " + document.id() + " could not be written as JSON", e);
        }
    }

    private static PlanVersion.Key key(UUID id, int amendment) {
        PlanVersion.Key key = new PlanVersion.Key();
        key.planId = id;
        key.amendment = amendment;
        return key;
    }
}
