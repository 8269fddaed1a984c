package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.reports.api.Report;

/** Live reports: a plan's report for a period or the whole year, as it stands now or stood at an instant. */
@ApplicationScoped
public class ReportService {

    @Inject
    ReportSources sources;

    @Inject
    Clock clock;

    /**
     * @param period the period (e.g. {@code 2022-Q2}), or null/blank for the whole year
     * @param asOf   an ISO-8601 instant with offset, not in the future, or null/blank for now
     */
    public Report live(UUID planId, String period, String asOf) {
        return sources.read(planId, blankToNull(period), asOf(asOf));
    }

    /** The instant a report reads its submissions at: the one asked for, or now. */
    public Instant asOf(String text) {
        Instant now = clock.instant();
        if (text == null || text.isBlank()) {
            return now;
        }
        Instant asOf;
        try {
            // A '+' of an offset sent unencoded in a query string arrives as a space.
            asOf = OffsetDateTime.parse(text.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("asOf", "'" + text + "' is not an ISO-8601 instant with offset, "
                    + "e.g. 2022-11-12T10:00:00+07:00 or 2022-11-12T03:00:00Z");
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
