package vn.planprogress.progress.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.planprogress.common.idempotency.Created;
import vn.planprogress.common.idempotency.IdempotentCreation;
import vn.planprogress.common.web.ETags;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.progress.api.Outstanding;
import vn.planprogress.progress.api.ProgressStatus;
import vn.planprogress.progress.api.ReviewDocument;
import vn.planprogress.progress.api.ReviewRequest;
import vn.planprogress.progress.api.ReviewState;
import vn.planprogress.progress.api.SubmissionApi;
import vn.planprogress.progress.api.SubmissionDocument;
import vn.planprogress.progress.api.SubmissionRequest;
import vn.planprogress.progress.repository.SubmissionFilter;
import vn.planprogress.progress.service.CheckedSubmission;
import vn.planprogress.progress.service.SubmissionService;

public class SubmissionResource implements SubmissionApi {

    static final String CREATE = "POST /api/v1/submissions";

    private final SubmissionService submissions;
    private final IdempotentCreation idempotent;

    @Inject
    public SubmissionResource(SubmissionService submissions, IdempotentCreation idempotent) {
        this.submissions = submissions;
        this.idempotent = idempotent;
    }

    @Override
    public Response submit(String idempotencyKey, SubmissionRequest request) {
        CheckedSubmission checked = submissions.check(request);
        return idempotent.create(CREATE, idempotencyKey, request, () -> {
            SubmissionDocument created = submissions.submit(checked);
            return new Created(URI.create("/api/v1/submissions/" + created.id()), created, ETags.of(created.revision()));
        });
    }

    @Override
    public Page<SubmissionDocument> list(UUID planId,
                                         String unitCode,
                                         String taskCode,
                                         String period,
                                         ProgressStatus status,
                                         ReviewState state,
                                         Boolean late,
                                         Instant asOf,
                                         PageRequest page) {
        SubmissionFilter filter = new SubmissionFilter(planId, blankToNull(unitCode), blankToNull(taskCode), blankToNull(period),
                status, state, late, asOf, null);
        return submissions.list(filter, page);
    }

    @Override
    public Outstanding outstanding(UUID planId, String period, String unitCode) {
        return submissions.outstanding(planId, period, blankToNull(unitCode));
    }

    @Override
    public Response get(UUID id) {
        return withETag(submissions.get(id));
    }

    @Override
    public Response correct(UUID id, String ifMatch, SubmissionRequest request) {
        return withETag(submissions.correct(id, request, ifMatch));
    }

    @Override
    public List<SubmissionDocument> revisions(UUID id) {
        return submissions.revisions(id);
    }

    @Override
    public Response review(UUID id, String ifMatch, ReviewRequest request) {
        return withETag(submissions.review(id, request, ifMatch));
    }

    @Override
    public List<ReviewDocument> reviews(UUID id) {
        return submissions.reviews(id);
    }

    private static Response withETag(SubmissionDocument submission) {
        return Response.ok(submission).tag(ETags.of(submission.revision())).build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
