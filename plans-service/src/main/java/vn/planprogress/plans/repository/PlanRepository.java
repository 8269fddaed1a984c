package vn.planprogress.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.PlanStatus;
import vn.planprogress.plans.domain.Plan;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public Page<Plan> search(Integer year, String ownerUnit, PlanStatus status, String parentPlanNumber, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (year != null) {
            where.append(" and year = :year");
            parameters.and("year", year);
        }
        if (ownerUnit != null) {
            where.append(" and ownerUnit = :owner");
            parameters.and("owner", ownerUnit);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (parentPlanNumber != null) {
            where.append(" and parentPlanNumber = :parent");
            parameters.and("parent", parentPlanNumber);
        }
        var query = find(where.toString(), Sort.by("year").descending().and("createdAt").descending().and("id"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    /** Takes the next number of a unit's register for a year, atomically. */
    public int nextSequence(String ownerUnit, int year) {
        return ((Number) getEntityManager().createNativeQuery("""
                        insert into plan_number (owner_unit, year, last_sequence) values (:owner, :year, 1)
                        on conflict (owner_unit, year) do update set last_sequence = plan_number.last_sequence + 1
                        returning last_sequence""")
                .setParameter("owner", ownerUnit)
                .setParameter("year", year)
                .getSingleResult()).intValue();
    }

    public boolean sequenceTaken(String ownerUnit, int year, int sequence) {
        return count("ownerUnit = ?1 and year = ?2 and numberSequence = ?3", ownerUnit, year, sequence) > 0;
    }
}
