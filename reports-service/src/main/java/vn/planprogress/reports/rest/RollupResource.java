package vn.planprogress.reports.rest;

import jakarta.inject.Inject;
import java.time.Instant;
import vn.planprogress.reports.api.Rollup;
import vn.planprogress.reports.api.RollupApi;
import vn.planprogress.reports.service.RollupService;

public class RollupResource implements RollupApi {

    private final RollupService rollups;

    @Inject
    public RollupResource(RollupService rollups) {
        this.rollups = rollups;
    }

    @Override
    public Rollup rollup(String parentPlanNumber, String period, Instant asOf) {
        return rollups.rollup(parentPlanNumber, period, asOf);
    }
}
