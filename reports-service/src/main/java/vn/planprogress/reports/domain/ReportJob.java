package vn.planprogress.reports.domain;

import java.util.Arrays;
import java.util.Optional;

/** The scheduled jobs of the reports service, each run daily at its time of day. */
public enum ReportJob {
    /** A whole-year snapshot of every issued plan (báo cáo hằng ngày). */
    DAILY_SNAPSHOTS("daily-snapshots"),
    /** After a period's unit deadline, its consolidated report for the consolidating unit (báo cáo tổng hợp). */
    CONSOLIDATED_REPORTS("consolidated-reports"),
    /** Days before each unit deadline, the units that still owe submissions, posted to the webhook (nhắc hạn). */
    REMINDERS("reminders");

    public final String jobName;

    ReportJob(String jobName) {
        this.jobName = jobName;
    }

    public static Optional<ReportJob> named(String name) {
        return Arrays.stream(values()).filter(job -> job.jobName.equals(name)).findFirst();
    }
}
