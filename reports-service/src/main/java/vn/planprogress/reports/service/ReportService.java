package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.reports.api.Report;

/** Live reports: a plan's report for a period or the whole year, as it stands now or stood at an instant. */
@ApplicationScoped
public class ReportService {

    private final ReportSources sources;
    private final Clock clock;

    @Inject
    public ReportService(ReportSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /**
     * @param period the period (e.g. {@code 2022-Q2}), or null/blank for the whole year
     * @param asOf   an instant not in the future, or null for now
     */
    public Report live(UUID planId, String period, Instant asOf) {
        return sources.read(planId, blankToNull(period), asOf(asOf));
    }

    /** The instant a report reads its submissions at: the one asked for, or now. */
    public Instant asOf(Instant asOf) {
        Instant now = clock.instant();
        if (asOf == null) {
            return now;
        }
        if (asOf.isAfter(now)) {
            throw ProblemException.invalid("asOf", "must not be in the future (it is " + asOf + "; now is " + now + ")");
        }
        return asOf;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
