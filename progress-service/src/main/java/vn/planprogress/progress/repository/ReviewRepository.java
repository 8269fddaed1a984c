package vn.planprogress.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.planprogress.progress.domain.Review;

@ApplicationScoped
public class ReviewRepository implements PanacheRepository<Review> {

    /** The review history of a submission, oldest first. */
    public List<Review> history(UUID submissionId) {
        return list("submissionId", Sort.by("id"), submissionId);
    }
}
