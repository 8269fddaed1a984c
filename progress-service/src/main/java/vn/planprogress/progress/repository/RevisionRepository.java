package vn.planprogress.progress.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.planprogress.progress.domain.Revision;

@ApplicationScoped
public class RevisionRepository implements PanacheRepositoryBase<Revision, Revision.Key> {

    public Revision get(UUID submissionId, int number) {
        return find("submissionId = ?1 and number = ?2", submissionId, number).singleResult();
    }

    /** Every revision of a submission, oldest first. */
    public List<Revision> history(UUID submissionId) {
        return list("submissionId", Sort.by("number"), submissionId);
    }

    /** Every revision of these submissions, for a page of a list to pick from. */
    public List<Revision> ofSubmissions(Collection<UUID> submissionIds) {
        return submissionIds.isEmpty() ? List.of() : list("submissionId in ?1", submissionIds);
    }
}
