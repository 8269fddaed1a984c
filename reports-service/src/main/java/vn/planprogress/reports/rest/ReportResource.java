package vn.planprogress.reports.rest;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.ReportApi;
import vn.planprogress.reports.service.ReportService;

public class ReportResource implements ReportApi {

    private final ReportService reports;

    @Inject
    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Report live(UUID planId, String period, Instant asOf) {
        return reports.live(planId, period, asOf);
    }
}
