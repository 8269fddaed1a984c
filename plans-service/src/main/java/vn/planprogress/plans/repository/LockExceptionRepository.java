package vn.planprogress.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.planprogress.plans.domain.LockException;

@ApplicationScoped
public class LockExceptionRepository implements PanacheRepositoryBase<LockException, UUID> {

    /** A plan's exceptions, oldest first, of one unit and one period when they are given. */
    public List<LockException> of(UUID planId, String unitCode, String period) {
        StringBuilder where = new StringBuilder("planId = :plan");
        Parameters parameters = Parameters.with("plan", planId);
        if (unitCode != null) {
            where.append(" and unitCode = :unit");
            parameters.and("unit", unitCode);
        }
        if (period != null) {
            where.append(" and period = :period");
            parameters.and("period", period);
        }
        return list(where + " order by createdAt, id", parameters);
    }
}
