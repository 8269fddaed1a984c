package vn.planprogress.progress.service;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.planprogress.calendar.InvalidPeriod;
import vn.planprogress.common.problem.FieldViolation;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.progress.api.Evidence;
import vn.planprogress.progress.api.IndicatorValue;
import vn.planprogress.progress.api.SubmissionRequest;
import vn.planprogress.progress.client.PlanDigest;
import vn.planprogress.progress.domain.SubmissionKey;

/**
 * The rules a submission keeps against its plan: the plan is issued, the task exists, the unit leads
 * or coordinates it, the period is one of the plan's and its window overlaps the task's schedule, every
 * value names an indicator (and part) of that task once and holds what the indicator's measure takes,
 * every piece of evidence is a link or a reference.
 * Plain functions of the request and the plan, so that each rule is tested without HTTP.
 */
public final class SubmissionRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SubmissionRules() {
    }

    /** Throws a 400 naming every field that breaks a rule. */
    public static void require(SubmissionRequest request, SubmissionKey key, PlanDigest plan) {
        List<FieldViolation> violations = check(request, key, plan);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    public static List<FieldViolation> check(SubmissionRequest request, SubmissionKey key, PlanDigest plan) {
        if (!plan.isIssued()) {
            return List.of(new FieldViolation("planId", "plan " + plan.label() + " is " + plan.status()
                    + "; progress is reported on issued plans only"));
        }
        List<FieldViolation> violations = new ArrayList<>();
        Optional<FieldViolation> wrongPeriod = checkPeriod(plan, key.period());
        wrongPeriod.ifPresent(violations::add);
        Optional<PlanDigest.Period> period = wrongPeriod.isEmpty() ? plan.period(key.period()) : Optional.empty();
        Optional<PlanDigest.Task> found = plan.task(key.taskCode());
        if (found.isEmpty()) {
            violations.add(new FieldViolation("taskCode", "plan " + plan.label() + " has no task '" + key.taskCode() + "'"));
        } else {
            PlanDigest.Task task = found.get();
            if (!task.involves(key.unitCode())) {
                violations.add(new FieldViolation("unitCode", "'" + key.unitCode() + "' neither leads nor coordinates task "
                        + task.code() + " (lead units: " + String.join(", ", task.leadUnits()) + ")"));
            }
            if (period.isPresent() && !task.overlaps(period.get())) {
                violations.add(new FieldViolation("period", "task " + task.code() + " is scheduled " + task.scheduleLabel()
                        + " (" + task.effectiveFrom() + " to " + task.effectiveTo() + "), outside period " + key.period()
                        + " (" + period.get().from() + " to " + period.get().to() + ")"));
            }
            violations.addAll(checkValues(request.valuesOrEmpty(), task, plan));
        }
        violations.addAll(checkEvidence(request.evidenceOrEmpty()));
        return violations;
    }

    /**
     * The plan's period that {@code code} names; a 400 naming {@code period} when the code spells no
     * period (the calendar's rule: {@code 2023-H3}, {@code 2023-10M}, {@code 2023-Q0}) or one the plan
     * does not report on (then naming its types and periods).
     */
    public static PlanDigest.Period period(PlanDigest plan, String code) {
        checkPeriod(plan, code).ifPresent(wrong -> {
            throw ProblemException.invalid(List.of(wrong));
        });
        return plan.period(code).orElseThrow();
    }

    static Optional<FieldViolation> checkPeriod(PlanDigest plan, String code) {
        try {
            vn.planprogress.calendar.Period.parse(code);
        } catch (InvalidPeriod notAPeriod) {
            return Optional.of(new FieldViolation("period", notAPeriod.getMessage()));
        }
        return plan.period(code).isPresent() ? Optional.empty() : Optional.of(new FieldViolation("period", "'" + code
                + "' is not a reporting period of plan " + plan.label() + " (" + periodsOf(plan) + ")"));
    }

    /** The plan's periods by type, in the order of its schedules: {@code QUARTERLY: 2023-Q1, ...; ANNUAL: 2023}. */
    private static String periodsOf(PlanDigest plan) {
        return plan.periodTypes().stream()
                .map(type -> type + ": " + plan.periodsOf(type).stream().map(PlanDigest.Period::period).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    static List<FieldViolation> checkValues(List<IndicatorValue> values, PlanDigest.Task task, PlanDigest plan) {
        List<FieldViolation> violations = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            IndicatorValue value = values.get(i);
            String field = "values[" + i + "]";
            Optional<PlanDigest.Indicator> indicator = task.indicator(value.indicatorCode());
            if (indicator.isEmpty()) {
                violations.add(new FieldViolation(field + ".indicatorCode", "task " + task.code() + " has no indicator '"
                        + value.indicatorCode() + "'" + ownerOf(value.indicatorCode(), plan)));
                continue;
            }
            PlanDigest.Indicator known = indicator.get();
            if (known.hasParts() && value.partCode() == null) {
                violations.add(new FieldViolation(field + ".partCode", "indicator " + known.code()
                        + " is broken down: name one of its parts (" + partsOf(known) + ")"));
                continue;
            }
            if (known.hasParts() && !known.hasPart(value.partCode())) {
                violations.add(new FieldViolation(field + ".partCode", "indicator " + known.code() + " has no part '"
                        + value.partCode() + "' (parts: " + partsOf(known) + ")"));
                continue;
            }
            if (!known.hasParts() && value.partCode() != null) {
                violations.add(new FieldViolation(field + ".partCode", "indicator " + known.code()
                        + " has no parts; leave partCode out"));
                continue;
            }
            violations.addAll(checkResult(value, known, field));
            String name = value.partCode() == null ? known.code() : known.code() + "/" + value.partCode();
            Integer earlier = seen.putIfAbsent(name, i);
            if (earlier != null) {
                violations.add(new FieldViolation(field, name + " is already given at values[" + earlier + "]"));
            }
        }
        return violations;
    }

    /**
     * What a value holds follows the indicator's measure: a number (0 to 100 for a percent) in
     * {@code value}, or for a qualitative indicator a text in {@code text} and no number.
     */
    static List<FieldViolation> checkResult(IndicatorValue value, PlanDigest.Indicator indicator, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        String what = "indicator " + indicator.code() + " is " + switch (indicator.measure()) {
            case NUMBER -> "a number";
            case PERCENT -> "a percent";
            case QUALITATIVE -> "qualitative";
        };
        if (indicator.measure() == PlanDigest.Measure.QUALITATIVE) {
            if (value.value() != null) {
                violations.add(new FieldViolation(field + ".value", what + ": its result is a text; leave value out"));
            }
            if (isBlank(value.text())) {
                violations.add(new FieldViolation(field + ".text", what + ": give its result in text"));
            }
            return violations;
        }
        if (value.text() != null) {
            violations.add(new FieldViolation(field + ".text", what + ": give its value, not a text (text is for qualitative indicators)"));
        }
        if (value.value() == null) {
            violations.add(new FieldViolation(field + ".value", what + ": give its value"));
        } else if (indicator.measure() == PlanDigest.Measure.PERCENT && value.value().compareTo(HUNDRED) > 0) {
            violations.add(new FieldViolation(field + ".value", what + ": from 0 to 100, not " + value.value().toPlainString()));
        }
        return violations;
    }

    static List<FieldViolation> checkEvidence(List<Evidence> evidence) {
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            Evidence item = evidence.get(i);
            String field = "evidence[" + i + "]";
            if (isBlank(item.url()) && isBlank(item.documentNumber())) {
                violations.add(new FieldViolation(field, "give a url, or a documentNumber (số văn bản or the issue of a publication)"));
            } else if (item.url() != null && !isWebAddress(item.url())) {
                violations.add(new FieldViolation(field + ".url", "'" + item.url() + "' is not an http or https address"));
            }
        }
        return violations;
    }

    static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * A correction is of the submission it corrects: the plan, task, unit and period it may repeat must
     * be the submission's own.
     */
    public static void requireSameKey(SubmissionRequest request, SubmissionKey key) {
        List<FieldViolation> violations = new ArrayList<>();
        if (request.planId() != null && !request.planId().equals(key.planId())) {
            violations.add(new FieldViolation("planId", "a correction cannot move the submission to another plan (" + key.planId() + ")"));
        }
        differs(violations, "taskCode", request.taskCode(), key.taskCode(), "task");
        differs(violations, "unitCode", request.unitCode(), key.unitCode(), "unit");
        differs(violations, "period", request.period(), key.period(), "period");
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
    }

    private static void differs(List<FieldViolation> violations, String field, String given, String own, String what) {
        if (given != null && !Objects.equals(given, own)) {
            violations.add(new FieldViolation(field, "a correction cannot change the " + what + " (" + own
                    + "); submit for another " + what + " with POST"));
        }
    }

    private static String ownerOf(String indicatorCode, PlanDigest plan) {
        return plan.tasks().stream()
                .filter(other -> other.indicator(indicatorCode).isPresent())
                .map(other -> " (it is an indicator of task " + other.code() + ")")
                .findFirst().orElse("");
    }

    private static String partsOf(PlanDigest.Indicator indicator) {
        return indicator.parts().stream().map(PlanDigest.Part::code).collect(Collectors.joining(", "));
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
