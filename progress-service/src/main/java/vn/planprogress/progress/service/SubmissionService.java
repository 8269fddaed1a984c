package vn.planprogress.progress.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import vn.planprogress.calendar.PlanPeriod;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.events.Outbox;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;
import vn.planprogress.common.security.Roles;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.progress.api.Outstanding;
import vn.planprogress.progress.api.ReviewDecision;
import vn.planprogress.progress.api.ReviewDocument;
import vn.planprogress.progress.api.ReviewRequest;
import vn.planprogress.progress.api.ReviewState;
import vn.planprogress.progress.api.SubmissionDocument;
import vn.planprogress.progress.api.SubmissionRequest;
import vn.planprogress.progress.client.LockException;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.Review;
import vn.planprogress.progress.domain.Revision;
import vn.planprogress.progress.domain.Submission;
import vn.planprogress.progress.domain.SubmissionKey;
import vn.planprogress.progress.mapping.SubmissionMapper;
import vn.planprogress.progress.repository.ReviewRepository;
import vn.planprogress.progress.repository.RevisionRepository;
import vn.planprogress.progress.repository.SubmissionFilter;
import vn.planprogress.progress.repository.SubmissionRepository;

/**
 * Submissions through their life: submitted (or saved as a draft) by a unit, corrected into new
 * revisions, accepted or returned by the department. Nothing is overwritten: every correction adds a
 * revision and every decision a review. Checks against the plan (and its entry windows and locks) are
 * made before a transaction starts, so that no database connection waits on the plans service.
 * Each change writes its event to the outbox in its own transaction ({@link SubmissionEvent}).
 */
@ApplicationScoped
public class SubmissionService {

    private static final Logger LOG = Logger.getLogger(SubmissionService.class);

    private final SubmissionRepository submissions;
    private final RevisionRepository revisions;
    private final ReviewRepository reviews;
    private final PlanCatalog catalog;
    private final Caller caller;
    private final Clock clock;
    private final BusinessTime time;
    private final Outbox outbox;

    @Inject
    public SubmissionService(SubmissionRepository submissions,
                             RevisionRepository revisions,
                             ReviewRepository reviews,
                             PlanCatalog catalog,
                             Caller caller,
                             Clock clock,
                             BusinessTime time,
                             Outbox outbox) {
        this.submissions = submissions;
        this.revisions = revisions;
        this.reviews = reviews;
        this.catalog = catalog;
        this.caller = caller;
        this.clock = clock;
        this.time = time;
        this.outbox = outbox;
    }

    /** Checks a new submission against the caller's unit and the plan; writes nothing. */
    public CheckedSubmission check(SubmissionRequest request) {
        SubmissionKey key = new SubmissionKey(request.planId(), request.taskCode(), request.unitCode(), request.period());
        requireActingFor(key.unitCode());
        PlanDigest plan = catalog.plan(key.planId());
        SubmissionRules.require(request, key, plan);
        return new CheckedSubmission(key, request, plan, requireEntryOpen(plan, key));
    }

    @Transactional
    public SubmissionDocument submit(CheckedSubmission checked) {
        Instant now = now();
        Submission submission = new Submission();
        submission.id = UUID.randomUUID();
        submission.planId = checked.key().planId();
        submission.taskCode = checked.key().taskCode();
        submission.unitCode = checked.key().unitCode();
        submission.period = checked.key().period();
        submission.revision = 1;
        submission.state = checked.request().isDraft() ? ReviewState.DRAFT : ReviewState.SUBMITTED;
        submission.createdBy = caller.subject();
        submission.createdAt = now;
        Revision first = revision(submission, null, checked.request(), checked.plan(), now);
        if (!submissions.insertIfNew(submission)) {
            UUID existing = submissions.findByKey(checked.key()).map(s -> s.id).orElse(null);
            throw ProblemException.conflict(checked.key() + " is already submitted as submission " + existing
                    + "; correct it with PUT /api/v1/submissions/" + existing);
        }
        revisions.persist(first);
        tell(null, first, submission);
        checked.underException().ifPresent(exception -> logUnderException(submission, first, exception));
        return SubmissionMapper.toDocument(submission, first, submission.state);
    }

    /** A correction: a new revision, checked against the plan as it stands, made only on the revision the caller saw. */
    public SubmissionDocument correct(UUID id, SubmissionRequest request, String ifMatch) {
        Submission submission = visible(id);
        requireActingFor(submission.unitCode);
        ETags.requireMatch(ifMatch, submission.revision);
        SubmissionRules.requireSameKey(request, submission.key());
        PlanDigest plan = catalog.plan(submission.planId);
        SubmissionRules.require(request, submission.key(), plan);
        Optional<LockException> underException = requireEntryOpen(plan, submission.key());
        return addRevision(id, request, ifMatch, plan, underException);
    }

    /**
     * 409 when entry for the period has not opened, or the period has locked and no lock exception
     * is open for the unit (the plans service is asked only then, and its answer never kept); the
     * exception the entry is accepted under, if any.
     */
    private Optional<LockException> requireEntryOpen(PlanDigest plan, SubmissionKey key) {
        PlanPeriod period = plan.period(key.period()).orElseThrow().in(time.calendar());
        return EntryRules.require(plan, period, key, now(), time.calendar(),
                () -> catalog.lockExceptions(plan, key.unitCode(), key.period()));
    }

    /** Writes the event the new revision tells, if any, in the transaction that makes it. */
    private void tell(Revision previous, Revision next, Submission submission) {
        SubmissionEvent.told(previous, next).ifPresent(type ->
                outbox.record(type, submission.planId, List.of(submission.unitCode), SubmissionEvent.of(submission)));
    }

    /** Nothing is stored of the exception (the reports service reads it from the plans service); the log says it was used. */
    private static void logUnderException(Submission submission, Revision revision, LockException exception) {
        LOG.infof("Submission %s (%s), revision %d, accepted in a locked period under lock exception %s (until %s)",
                submission.id, submission.key(), revision.number, exception.id(), exception.until());
    }

    /** The transaction of a correction; it starts only once the plan has been checked (Quarkus intercepts self-calls). */
    @Transactional
    SubmissionDocument addRevision(UUID id, SubmissionRequest request, String ifMatch, PlanDigest plan,
                                   Optional<LockException> underException) {
        Submission submission = submissions.lock(id).orElseThrow(() -> ProblemException.notFound("submission", id));
        ETags.requireMatch(ifMatch, submission.revision);
        Revision previous = revisions.get(id, submission.revision);
        if (!previous.draft && request.isDraft()) {
            throw ProblemException.invalid("draft", "submission " + id + " is already submitted; it cannot go back to a draft");
        }
        Revision next = revision(submission, previous, request, plan, now());
        submission.revision = next.number;
        submission.state = next.draft ? ReviewState.DRAFT : ReviewState.SUBMITTED;
        revisions.persist(next);
        tell(previous, next, submission);
        underException.ifPresent(exception -> logUnderException(submission, next, exception));
        return SubmissionMapper.toDocument(submission, next, submission.state);
    }

    /**
     * The next revision of a submission. The first revision that is not a draft settles timeliness for
     * good; a correction after that, once the unit deadline day has ended, is a late correction and must
     * say why.
     */
    private Revision revision(Submission submission, Revision previous, SubmissionRequest request, PlanDigest plan, Instant now) {
        PlanDigest.Period period = plan.period(submission.period).orElseThrow();
        boolean pastDeadline = !period.in(time.calendar()).isOnTime(now);
        Revision revision = new Revision();
        revision.submissionId = submission.id;
        revision.number = previous == null ? 1 : previous.number + 1;
        revision.draft = request.isDraft();
        revision.status = request.status();
        revision.values = new ArrayList<>(request.valuesOrEmpty());
        revision.summary = request.summary();
        revision.difficulties = request.difficulties();
        revision.proposals = request.proposals();
        revision.evidence = new ArrayList<>(request.evidenceOrEmpty());
        revision.unitDeadline = period.unitDeadline();
        revision.planVersion = plan.version();
        revision.submittedBy = caller.subject();
        revision.submittedAt = now;
        boolean submittedBefore = previous != null && previous.firstSubmittedAt != null;
        if (!revision.draft) {
            revision.firstSubmittedAt = submittedBefore ? previous.firstSubmittedAt : now;
            revision.late = submittedBefore ? previous.late : pastDeadline;
        }
        revision.lateCorrection = submittedBefore && pastDeadline;
        revision.correctionReason = request.correctionReason();
        if (revision.lateCorrection && (revision.correctionReason == null || revision.correctionReason.isBlank())) {
            throw ProblemException.invalid("correctionReason", "the unit deadline " + period.unitDeadline()
                    + " has passed: a correction now must say why it is made");
        }
        return revision;
    }

    @Transactional
    public SubmissionDocument review(UUID id, ReviewRequest request, String ifMatch) {
        visible(id);
        Submission submission = submissions.lock(id).orElseThrow(() -> ProblemException.notFound("submission", id));
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, submission.revision);
        }
        if (submission.state != ReviewState.SUBMITTED) {
            throw ProblemException.conflict("Submission " + id + " is " + submission.state + " at revision " + submission.revision
                    + (submission.state == ReviewState.DRAFT ? "; a draft is reviewed once the unit submits it"
                    : "; it is reviewed again once the unit corrects it"));
        }
        if (request.decision() == ReviewDecision.RETURN && (request.comment() == null || request.comment().isBlank())) {
            throw ProblemException.invalid("comment", "say what the unit should fix when returning a submission");
        }
        Review review = new Review();
        review.submissionId = id;
        review.revision = submission.revision;
        review.decision = request.decision();
        review.comment = request.comment();
        review.reviewedBy = caller.subject();
        review.reviewedAt = now();
        reviews.persist(review);
        submission.state = request.decision().outcome();
        outbox.record(EventType.SUBMISSION_REVIEWED, submission.planId, List.of(submission.unitCode),
                SubmissionEvent.reviewed(submission, review));
        return SubmissionMapper.toDocument(submission, revisions.get(id, submission.revision), submission.state);
    }

    public SubmissionDocument get(UUID id) {
        Submission submission = visible(id);
        return SubmissionMapper.toDocument(submission, revisions.get(id, submission.revision), submission.state);
    }

    /** Every revision, oldest first; drafts only to those who may see the unit's drafts. */
    public List<SubmissionDocument> revisions(UUID id) {
        Submission submission = visible(id);
        List<Review> decisions = reviews.history(id);
        boolean drafts = canSeeDraftsOf(submission.unitCode);
        return revisions.history(id).stream()
                .filter(revision -> drafts || !revision.draft)
                .map(revision -> SubmissionMapper.toHistoryEntry(submission, revision, decisions))
                .toList();
    }

    public List<ReviewDocument> reviews(UUID id) {
        visible(id);
        return reviews.history(id).stream().map(SubmissionMapper::toDocument).toList();
    }

    public Page<SubmissionDocument> list(SubmissionFilter filter, PageRequest page) {
        SubmissionFilter visible = new SubmissionFilter(filter.planId(), filter.unitCode(), filter.taskCode(), filter.period(),
                filter.status(), filter.state(), filter.late(), filter.asOf(), draftsVisible());
        Page<SubmissionRepository.Listed> listed = submissions.search(visible, page);
        Set<UUID> ids = listed.items().stream().map(SubmissionRepository.Listed::id).collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return new Page<>(List.of(), listed.page(), listed.size(), listed.totalItems(), listed.totalPages());
        }
        Map<UUID, Submission> heads = submissions.list("id in ?1", ids).stream()
                .collect(Collectors.toMap(s -> s.id, Function.identity()));
        Map<Revision.Key, Revision> contents = revisions.ofSubmissions(ids).stream()
                .collect(Collectors.toMap(SubmissionService::keyOf, Function.identity()));
        List<SubmissionDocument> items = listed.items().stream()
                .map(row -> SubmissionMapper.toDocument(heads.get(row.id()), contents.get(keyOf(row.id(), row.revision())), row.state()))
                .toList();
        return new Page<>(items, listed.page(), listed.size(), listed.totalItems(), listed.totalPages());
    }

    /** Còn nợ báo cáo: for each lead unit (or the one asked about), the tasks of the period it has not submitted on. */
    public Outstanding outstanding(UUID planId, String periodCode, String unitCode) {
        PlanDigest plan = catalog.plan(planId);
        PlanDigest.Period period = SubmissionRules.period(plan, periodCode);
        Map<String, Submission> made = submissions.ofPeriod(planId, periodCode).stream()
                .collect(Collectors.toMap(s -> s.taskCode + "\n" + s.unitCode, Function.identity()));
        List<Outstanding.Item> items = new ArrayList<>();
        for (PlanDigest.Task task : plan.tasks()) {
            if (!task.overlaps(period)) {
                continue;
            }
            for (String lead : task.leadUnits()) {
                if (unitCode != null && !unitCode.equals(lead)) {
                    continue;
                }
                Submission submission = made.get(task.code() + "\n" + lead);
                if (submission == null || submission.state == ReviewState.DRAFT) {
                    UUID draftId = submission != null && canSeeDraftsOf(lead) ? submission.id : null;
                    items.add(new Outstanding.Item(lead, task.code(), task.title(), task.scheduleLabel(), draftId));
                }
            }
        }
        boolean overdue = !period.in(time.calendar()).isOnTime(now());
        return new Outstanding(planId, periodCode, period.unitDeadline(), overdue, items);
    }

    /** The submission (404 when it does not exist), unless it is a draft of a unit the caller does not act for (403). */
    private Submission visible(UUID id) {
        Submission submission = submissions.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("submission", id));
        if (submission.state == ReviewState.DRAFT && !canSeeDraftsOf(submission.unitCode)) {
            throw ProblemException.forbidden("Submission " + id + " is a draft of " + submission.unitCode
                    + ": only that unit's reporters and admins see it before it is submitted");
        }
        return submission;
    }

    /** Reporters act for the unit in their token only; admins for any unit. */
    private void requireActingFor(String unitCode) {
        if (caller.has(Roles.ADMIN)) {
            return;
        }
        String own = caller.unit().orElse(null);
        if (!caller.has(Roles.REPORTER) || !unitCode.equals(own)) {
            throw ProblemException.forbidden("A reporter submits for the unit of its token only ("
                    + (own == null ? "no unit claim" : own) + "), not for " + unitCode);
        }
    }

    private boolean canSeeDraftsOf(String unitCode) {
        return caller.has(Roles.ADMIN) || caller.has(Roles.REPORTER) && caller.unit().filter(unitCode::equals).isPresent();
    }

    private String draftsVisible() {
        if (caller.has(Roles.ADMIN)) {
            return SubmissionFilter.ALL_DRAFTS;
        }
        return caller.has(Roles.REPORTER) ? caller.unit().orElse(null) : null;
    }

    /** Server time, to the microsecond that PostgreSQL keeps, so that what is answered is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Revision.Key keyOf(Revision revision) {
        return keyOf(revision.submissionId, revision.number);
    }

    private static Revision.Key keyOf(UUID submissionId, int number) {
        Revision.Key key = new Revision.Key();
        key.submissionId = submissionId;
        key.number = number;
        return key;
    }
}
