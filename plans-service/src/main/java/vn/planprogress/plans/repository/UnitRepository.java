package vn.planprogress.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.planprogress.common.web.Page;
import vn.planprogress.common.web.PageRequest;
import vn.planprogress.plans.api.UnitKind;
import vn.planprogress.plans.domain.Plan;
import vn.planprogress.plans.domain.Unit;
import vn.planprogress.plans.domain.UnitDirectory;

@ApplicationScoped
public class UnitRepository implements PanacheRepositoryBase<Unit, String> {

    public Page<Unit> search(String parentCode, UnitKind kind, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (parentCode != null) {
            where.append(" and parentCode = :parent");
            parameters.and("parent", parentCode);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            parameters.and("kind", kind);
        }
        var query = find(where.toString(), Sort.by("code"), parameters);
        return Page.of(query.page(page.page, page.size).list(), page, query.count());
    }

    public UnitDirectory directory() {
        return new UnitDirectory(listAll());
    }

    public boolean hasChildren(String code) {
        return count("parentCode", code) > 0;
    }

    /** Some of the plans that name the unit as owner, consolidating, lead or coordinating unit. */
    public List<Plan> plansUsing(String code) {
        return getEntityManager().createQuery("""
                        select distinct p from Plan p left join p.tasks t left join t.units u
                        where p.ownerUnit = :code or p.consolidationUnit = :code or u.unitCode = :code""", Plan.class)
                .setParameter("code", code)
                .setMaxResults(5)
                .getResultList();
    }
}
