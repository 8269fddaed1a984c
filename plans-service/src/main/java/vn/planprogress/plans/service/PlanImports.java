package vn.planprogress.plans.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.security.Caller;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.PlanImport;
import vn.planprogress.plans.api.UnitDocument;
import vn.planprogress.plans.domain.PlanImportRecord;
import vn.planprogress.plans.imports.Finding;
import vn.planprogress.plans.imports.ImportRefused;
import vn.planprogress.plans.imports.ImportedPlan;
import vn.planprogress.plans.imports.PlanImporter;
import vn.planprogress.plans.mapping.UnitMapper;
import vn.planprogress.plans.repository.PlanImportRepository;
import vn.planprogress.plans.repository.UnitRepository;

/**
 * Imports of plans from their own documents: reads the document against the unit directory, creates
 * the draft plan when it keeps the rules of plans (else says which rules it breaks, as findings), and
 * keeps the document and the answer, all in the caller's transaction, so that a refused import writes
 * nothing. A dry run reads and checks the same way and keeps nothing.
 */
@ApplicationScoped
public class PlanImports {

    /** The finding kind of a rule of plans the draft breaks: it was not created. */
    public static final String PLAN_RULE = "PLAN_RULE";

    private final PlanService plans;
    private final UnitRepository units;
    private final PlanImportRepository imports;
    private final Validator validator;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;
    private final MeterRegistry meters;

    @Inject
    public PlanImports(PlanService plans, UnitRepository units, PlanImportRepository imports, Validator validator, Caller caller,
                       Clock clock, ObjectMapper json, MeterRegistry meters) {
        this.plans = plans;
        this.units = units;
        this.imports = imports;
        this.validator = validator;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
        this.meters = meters;
    }

    /**
     * Reads the document and, unless {@code dryRun}, creates its draft plan and keeps the import.
     *
     * @throws ProblemException naming why a document is refused (see {@link ImportProblems})
     */
    @Transactional
    public PlanImport importPlan(byte[] document, String contentType, boolean dryRun) {
        ImportedPlan read;
        try {
            read = PlanImporter.read(document, contentType, units.listAll().stream().map(UnitMapper::toDocument).toList());
        } catch (ImportRefused refused) {
            count("unknown", "refused_" + refused.reason().name().toLowerCase());
            throw ImportProblems.of(refused);
        }
        List<PlanImport.Finding> findings = new ArrayList<>(read.findings().stream().map(PlanImports::finding).toList());
        List<FieldViolation> broken = rulesBroken(read.draft());
        broken.forEach(violation -> findings.add(new PlanImport.Finding(PLAN_RULE, violation.field(), null, null,
                violation.message() + ": correct it in the draft and POST it to /api/v1/plans")));
        String form = read.form().name();
        if (dryRun) {
            count(form, "dry_run");
            return answer(null, true, read, document, null, findings);
        }
        PlanDocument created = broken.isEmpty() ? plans.create(read.draft()) : null;
        PlanImport answer = answer(UUID.randomUUID(), false, read, document, created, findings);
        imports.persist(record(answer, contentType, document));
        count(form, created == null ? "kept_not_created" : "created");
        return answer;
    }

    public PlanImport get(UUID id) {
        PlanImportRecord record = imports.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("plan import", id));
        try {
            return json.readValue(record.answer, PlanImport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Import " + id + " could not be read back", e);
        }
    }

    /** What the draft breaks of the rules POST /api/v1/plans keeps: bean constraints first, then the plan rules. */
    private List<FieldViolation> rulesBroken(PlanDocument draft) {
        List<FieldViolation> violations = validator.validate(draft).stream()
                .sorted(Comparator.comparing((ConstraintViolation<PlanDocument> v) -> v.getPropertyPath().toString()))
                .map(v -> new FieldViolation(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        return violations.isEmpty() ? PlanRules.check(draft, units.directory().codes()) : violations;
    }

    private PlanImport answer(UUID id, boolean dryRun, ImportedPlan read, byte[] document, PlanDocument created,
                              List<PlanImport.Finding> findings) {
        ImportedPlan.DocumentHeader header = read.header();
        return new PlanImport(id, dryRun, PlanImport.ImportForm.valueOf(read.form().name()), document.length, sha256(document),
                created == null ? null : created.id(),
                header == null ? null : new PlanImport.Header(header.parentBody(), header.issuingBody(), header.motto(), header.kind(),
                        header.sequence(), header.symbol()),
                created == null ? read.draft() : created, List.copyOf(findings),
                dryRun ? null : caller.subject(), dryRun ? null : clock.instant());
    }

    private PlanImportRecord record(PlanImport answer, String contentType, byte[] document) {
        PlanImportRecord record = new PlanImportRecord();
        record.id = answer.id();
        record.form = answer.form().name();
        record.contentType = contentType;
        record.byteSize = document.length;
        record.sha256 = answer.sha256();
        record.document = document;
        record.planId = answer.planId();
        record.createdBy = answer.createdBy();
        record.createdAt = answer.createdAt();
        try {
            record.answer = json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Import " + answer.id() + " could not be written as JSON", e);
        }
        return record;
    }

    private static PlanImport.Finding finding(Finding finding) {
        return new PlanImport.Finding(finding.kind().name(), finding.field(),
                finding.source() == null ? null : finding.source().describe(), finding.text(), finding.message());
    }

    private void count(String form, String outcome) {
        meters.counter("planprogress.plan.imports", "form", form.toLowerCase(), "outcome", outcome).increment();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
