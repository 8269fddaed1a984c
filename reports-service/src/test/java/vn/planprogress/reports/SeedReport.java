package vn.planprogress.reports;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.planprogress.calendar.BusinessTime;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.Submission;
import vn.planprogress.reports.service.ReportBuilder;

/** The seed plan's report for 2022 as of 12/11/2022 10:00 (+07) on the seed scenario's submissions, built without any service. */
public final class SeedReport {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Instant AS_OF = Instant.parse("2022-11-12T03:00:00Z");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SeedReport() {
    }

    public static Report build() {
        SubmissionsFake.clear();
        SeedScenario.record();
        List<Submission> submissions = SubmissionsFake.asOf(ServicesStub.SEED_PLAN_ID, "2022", AS_OF).stream()
                .map(item -> JSON.convertValue(item, Submission.class)).toList();
        SubmissionsFake.clear();
        return ReportBuilder.build(digest(), "2022", AS_OF, new BusinessTime(ZONE), "Quảng Ngãi", List.of(), submissions);
    }

    public static PlanDigest digest() {
        try (InputStream in = SeedReport.class.getResourceAsStream("/plans/seed-digest.json")) {
            return JSON.readValue(in, PlanDigest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
