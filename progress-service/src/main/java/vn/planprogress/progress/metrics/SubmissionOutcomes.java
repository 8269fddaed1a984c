package vn.planprogress.progress.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.problem.Problem;
import vn.planprogress.common.problem.ProblemType;
import vn.planprogress.progress.api.SubmissionDocument;
import vn.planprogress.progress.rest.SubmissionResource;

/**
 * Counts what became of each submission and correction sent, read from its answer, so that every
 * refusal counts whichever check gave it (the request's form, the caller's unit, the plan, a
 * concurrent change): {@code planprogress_submissions_accepted_total{operation}},
 * {@code planprogress_submissions_refused_total{operation,reason}} with the problem type as the
 * reason, and {@code planprogress_submissions_late_total} for those first sent after their unit
 * deadline. A replayed answer (Idempotency-Key) is not counted again.
 */
public class SubmissionOutcomes {

    /** The resource methods counted, by the name they are counted as: a new submission, a correction. */
    private static final Set<String> OPERATIONS = Set.of("submit", "correct");

    private final MeterRegistry metrics;

    public SubmissionOutcomes(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    @ServerResponseFilter
    public void count(SimpleResourceInfo resource, ContainerResponseContext response) {
        String operation = resource == null ? null : resource.getMethodName();
        if (resource == null || resource.getResourceClass() != SubmissionResource.class || !OPERATIONS.contains(operation) || "true".equals(response.getHeaderString(IdempotentCreation.REPLAYED_HEADER))) {
            return;
        }
        if (response.getStatus() < 300) {
            metrics.counter("planprogress.submissions.accepted", "operation", operation).increment();
            if (response.getEntity() instanceof SubmissionDocument submission && firstSentLate(submission)) {
                metrics.counter("planprogress.submissions.late").increment();
            }
        } else {
            metrics.counter("planprogress.submissions.refused", "operation", operation, "reason", reasonOf(response)).increment();
        }
    }

    /** This revision is the submission's first that is not a draft, and came after the unit deadline. */
    static boolean firstSentLate(SubmissionDocument submission) {
        return Boolean.TRUE.equals(submission.late()) && submission.submittedAt() != null
                && submission.submittedAt().equals(submission.firstSubmittedAt());
    }

    private static String reasonOf(ContainerResponseContext response) {
        if (response.getEntity() instanceof Problem problem && problem.type() != null) {
            return ProblemType.ofUri(problem.type()).map(ProblemType::slug).orElse(problem.type());
        }
        return "http-" + response.getStatus();
    }
}
