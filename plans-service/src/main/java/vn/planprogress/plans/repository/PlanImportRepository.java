package vn.planprogress.plans.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.planprogress.plans.domain.PlanImportRecord;

@ApplicationScoped
public class PlanImportRepository implements PanacheRepositoryBase<PlanImportRecord, UUID> {
}
