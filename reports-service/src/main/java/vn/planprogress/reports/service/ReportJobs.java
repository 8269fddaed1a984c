package vn.planprogress.reports.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.planprogress.common.problem.ProblemException;
import vn.planprogress.common.time.BusinessTime;
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.api.JobOutput;
import vn.planprogress.reports.api.Reminder;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.SnapshotKind;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.PlanSummary;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.domain.ReportJob;
import vn.planprogress.reports.repository.MailDeliveryRepository;

/**
 * What each scheduled job does for one occurrence (its scheduled instant). Every output is keyed
 * by the occurrence (a snapshot's trigger, a reminder's plan, period and day count), so that running
 * an occurrence again, on a retry or on another replica, produces nothing twice. Reports read the
 * submissions as they stood at the scheduled instant, so a retry an hour later states the same
 * figures. A plan that fails does not stop the others; the run fails at the end, naming them.
 */
@ApplicationScoped
public class ReportJobs {

    public static final String SCHEDULER = "scheduler";

    private final ReportSources sources;
    private final SnapshotService snapshots;
    private final Reminders reminders;
    private final MailDeliveries mails;
    private final ReportsSettings settings;
    private final BusinessTime time;

    @Inject
    public ReportJobs(ReportSources sources,
                      SnapshotService snapshots,
                      Reminders reminders,
                      MailDeliveries mails,
                      ReportsSettings settings,
                      BusinessTime time) {
        this.sources = sources;
        this.snapshots = snapshots;
        this.reminders = reminders;
        this.mails = mails;
        this.settings = settings;
        this.time = time;
    }

    /** Runs the job's occurrence at {@code at}, adding what it produces to {@code produced} as it goes. */
    public void run(ReportJob job, Instant at, List<JobOutput> produced) {
        List<String> failures = new ArrayList<>();
        LocalDate day = LocalDate.ofInstant(at, time.zone());
        for (PlanSummary plan : sources.issuedPlans()) {
            try {
                switch (job) {
                    case DAILY_SNAPSHOTS -> dailySnapshot(plan, day, at, produced);
                    case CONSOLIDATED_REPORTS -> consolidatedReports(plan, day, at, produced);
                    case REMINDERS -> reminders(plan, day, at, produced);
                }
            } catch (ProblemException e) {
                if (e.status() != 404) {
                    failures.add(plan.number() + ": " + e.getMessage());
                }
            } catch (RuntimeException e) {
                failures.add(plan.number() + ": " + e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " plan(s) failed: " + String.join("; ", failures));
        }
    }

    /** Ảnh chụp hằng ngày: the plan's whole-year report as of the scheduled instant, one per plan and day. */
    private void dailySnapshot(PlanSummary plan, LocalDate day, Instant at, List<JobOutput> produced) {
        String trigger = ReportJob.DAILY_SNAPSHOTS.jobName + "/" + day;
        if (snapshots.has(plan.id(), trigger)) {
            return;
        }
        store(sources.read(plan.id(), null, at), SnapshotKind.DAILY, trigger, produced);
    }

    /** Báo cáo tổng hợp: once a period's unit deadline has passed, its report for the consolidating unit, once. */
    private void consolidatedReports(PlanSummary plan, LocalDate day, Instant at, List<JobOutput> produced) {
        PlanDigest digest = sources.digest(plan.id());
        for (PlanDigest.Period period : digest.periods()) {
            String trigger = ReportJob.CONSOLIDATED_REPORTS.jobName + "/" + period.period();
            if (period.unitDeadline() == null || !period.unitDeadline().isBefore(day) || snapshots.has(plan.id(), trigger)) {
                continue;
            }
            store(sources.report(digest, period.period(), at), SnapshotKind.CONSOLIDATED, trigger, produced);
        }
    }

    private void store(Report report, SnapshotKind kind, String trigger, List<JobOutput> produced) {
        UUID id = snapshots.storeOnce(report, kind, trigger, SCHEDULER);
        if (id != null) {
            produced.add(new JobOutput(JobOutput.SNAPSHOT, id, report.planId(), report.planNumber(), report.period(), trigger));
        }
    }

    /**
     * Nhắc hạn: on the configured days before each unit deadline, the units that still owe submissions, issued
     * once as a {@code reminder.due} event (for the webhook subscriptions to it) and mailed to each such unit's
     * addresses; then the consolidation unit's daily digest by e-mail.
     */
    private void reminders(PlanSummary plan, LocalDate day, Instant at, List<JobOutput> produced) {
        boolean mail = mails.configured();
        PlanDigest digest = sources.digest(plan.id());
        List<String> failures = new ArrayList<>();
        for (PlanDigest.Period period : digest.periods()) {
            if (period.unitDeadline() == null) {
                continue;
            }
            long daysBefore = ChronoUnit.DAYS.between(day, period.unitDeadline());
            if (!settings.reminders().daysBefore().contains((int) daysBefore)) {
                continue;
            }
            Report[] report = new Report[1];
            Supplier<Report> asOfOccurrence = () -> report[0] != null ? report[0]
                    : (report[0] = sources.report(digest, period.period(), at));
            try {
                issueReminder(digest, period, (int) daysBefore, at, asOfOccurrence, produced);
            } catch (RuntimeException e) {
                failures.add(e.getMessage());
            }
            if (mail) {
                mailReminders(digest, period, (int) daysBefore, day, at, asOfOccurrence.get(), produced, failures);
            }
        }
        if (mail) {
            try {
                dailyDigest(digest, day, at, produced);
            } catch (RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(String.join("; ", failures));
        }
    }

    /** The period's reminder, unless it was issued already or no lead unit owes anything as of the occurrence. */
    private void issueReminder(PlanDigest digest, PlanDigest.Period period, int daysBefore, Instant at, Supplier<Report> report,
                               List<JobOutput> produced) {
        if (reminders.issued(digest.planId(), period.period(), daysBefore)) {
            return;
        }
        List<Completeness.UnitSubmissions> owing = report.get().completeness().missingUnits();
        if (owing.isEmpty()) {
            return;
        }
        Reminder reminder = new Reminder(Reminder.TYPE, UUID.randomUUID(), digest.planId(), digest.number(), digest.title(),
                period.period(), period.unitDeadline(), daysBefore, at, owing);
        if (reminders.issue(reminder)) {
            produced.add(new JobOutput(JobOutput.REMINDER, reminder.deliveryId(), digest.planId(), digest.number(), period.period(),
                    daysBefore + " day(s) before " + period.unitDeadline() + "; reminder.due for units: "
                            + owing.stream().map(Completeness.UnitSubmissions::code).collect(Collectors.joining(", "))));
        }
    }

    /** One mail to each lead unit that still owes, at its own addresses; a unit without addresses is not mailed. */
    private void mailReminders(PlanDigest digest, PlanDigest.Period period, int daysBefore, LocalDate day, Instant at, Report report,
                               List<JobOutput> produced, List<String> failures) {
        for (Completeness.UnitSubmissions unit : report.completeness().missingUnits()) {
            List<String> to = digest.unit(unit.code()).map(PlanDigest.Unit::contactEmailsOrEmpty).orElse(List.of());
            if (to.isEmpty()) {
                continue;
            }
            var key = new MailDeliveryRepository.Key(MailDeliveryRepository.REMINDER, digest.planId(), period.period(), daysBefore,
                    day, unit.code());
            try {
                UUID sent = mails.sendOnce(key, to, MailTexts.reminder(digest, period, daysBefore, unit, at, time.zone()));
                if (sent != null) {
                    produced.add(new JobOutput(JobOutput.REMINDER, sent, digest.planId(), digest.number(), period.period(),
                            daysBefore + " day(s) before " + period.unitDeadline() + "; e-mail to " + unit.code() + ": "
                                    + String.join(", ", to)));
                }
            } catch (RuntimeException e) {
                failures.add(e.getMessage());
            }
        }
    }

    /**
     * Tổng hợp hằng ngày: to the consolidation unit, once a day, the periods under way (started, and not past their
     * consolidated deadline): who has submitted, who is late, what was returned.
     */
    private void dailyDigest(PlanDigest digest, LocalDate day, Instant at, List<JobOutput> produced) {
        String unit = digest.consolidationUnit();
        List<String> to = digest.unit(unit).map(PlanDigest.Unit::contactEmailsOrEmpty).orElse(List.of());
        if (to.isEmpty()) {
            return;
        }
        List<MailTexts.DigestPeriod> underWay = new ArrayList<>();
        for (PlanDigest.Period period : digest.periodsOrEmpty()) {
            LocalDate last = period.consolidatedDeadline() != null ? period.consolidatedDeadline() : period.unitDeadline();
            if (period.unitDeadline() == null || period.from().isAfter(day) || last.isBefore(day)) {
                continue;
            }
            underWay.add(new MailTexts.DigestPeriod(period, sources.report(digest, period.period(), at),
                    sources.returned(digest, period.period(), at)));
        }
        if (underWay.isEmpty()) {
            return;
        }
        var key = new MailDeliveryRepository.Key(MailDeliveryRepository.DIGEST, digest.planId(), null, null, day, unit);
        UUID sent = mails.sendOnce(key, to, MailTexts.digest(digest, digest.unitName(unit), underWay, at, time.zone()));
        if (sent != null) {
            produced.add(new JobOutput(JobOutput.DIGEST, sent, digest.planId(), digest.number(), null,
                    "digest of " + day + "; e-mail to " + unit + ": " + String.join(", ", to)));
        }
    }
}
