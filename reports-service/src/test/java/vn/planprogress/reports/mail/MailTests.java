package vn.planprogress.reports.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.SubmissionsFake;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.service.JobScheduler;

/**
 * Reminders and the daily digest by e-mail, read back from a real SMTP server: each lead unit that still owes is
 * mailed at its own addresses once per reminder day, in Vietnamese; the consolidation unit gets its digest once a day.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = SmtpServer.class)
class MailTests {

    static final String QLTC_MAIL = "qltc@skhcn.quangngai.gov.vn";
    static final String QLTC_HEAD = "truong.phong.qltc@skhcn.quangngai.gov.vn";
    static final String HCTH_MAIL = "vanthu.hcth@skhcn.quangngai.gov.vn";

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    JobScheduler scheduler;

    @BeforeEach
    void seedWithAddresses() throws Exception {
        fixtures.reset();
        SmtpServer.server().purgeEmailFromAllMailboxes();
        SeedScenario.record();
        serveWithAddresses();
    }

    /** The seed plan, its units QLTC (a lead unit) and HCTH (lead unit and consolidation unit) with addresses. */
    static void serveWithAddresses() {
        Map<String, Object> digest = ServicesStub.seedDigest();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) digest.get("units");
        for (Map<String, Object> unit : units) {
            switch ((String) unit.get("code")) {
                case "QLTC" -> unit.put("contactEmails", List.of(QLTC_MAIL, QLTC_HEAD));
                case "HCTH" -> unit.put("contactEmails", List.of(HCTH_MAIL));
                default -> { }
            }
        }
        ServicesStub.serve(digest);
    }

    @Test
    void aLeadUnitThatStillOwesIsRemindedInVietnameseAtItsAddressesOncePerReminderDay() throws Exception {
        clock.set("2022-11-03T08:00:00+07:00");

        JobRunDocument run = reminders(scheduler.tick());

        assertEquals(JobOutcome.SUCCEEDED, run.outcome(), run::toString);
        List<MimeMessage> toQltc = reminderMails().stream().filter(m -> recipients(m).contains(QLTC_MAIL)).toList();
        assertEquals(1, toQltc.size());
        MimeMessage mail = toQltc.get(0);
        assertEquals(List.of(QLTC_MAIL, QLTC_HEAD), recipients(mail));
        assertEquals("nhac-han@planprogress.local", mail.getFrom()[0].toString());
        assertEquals("Nhắc hạn báo cáo: Kế hoạch 1/KH-SKHCN, kỳ 2022, hạn ngày 10/11/2022", mail.getSubject());
        assertTrue(mail.getContentType().toLowerCase().startsWith("text/plain") && mail.getContentType().toLowerCase().contains("utf-8"),
                mail.getContentType());
        // As of 07:00 on 03/11, QLTC owes its only task, III.5.
        assertEquals("""
                Kính gửi: Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng,

                Theo Kế hoạch số 1/KH-SKHCN "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ", \
                hạn gửi báo cáo kỳ 2022 của đơn vị là ngày 10/11/2022 (còn 7 ngày).
                Đến 07:00 ngày 03/11/2022, đơn vị chưa gửi báo cáo các nhiệm vụ sau:
                - Nhiệm vụ III.5: Tuyên truyền thông qua tổ chức đào tạo về duy trì, cải tiến, đánh giá nội bộ Hệ thống quản lý \
                chất lượng theo TCVN ISO 9001:2015 cho các cơ quan hành chính nhà nước trên địa bàn tỉnh

                Đề nghị đơn vị cập nhật báo cáo trên hệ thống trước hạn.

                --
                Thư này được gửi tự động từ hệ thống theo dõi tiến độ thực hiện kế hoạch; vui lòng không trả lời thư này.""", body(mail));
        // Units without addresses (TTUDDV, CCTDC) are not mailed; HCTH is, at its own address.
        assertEquals(List.of(List.of(QLTC_MAIL, QLTC_HEAD), List.of(HCTH_MAIL)),
                reminderMails().stream().map(MailTests::recipients).sorted((a, b) -> a.get(0).compareTo(b.get(0))).toList());
        assertTrue(body(reminderMails().stream().filter(m -> recipients(m).contains(HCTH_MAIL)).findFirst().orElseThrow())
                .contains("- Nhiệm vụ III.4: Tổ chức tuyên truyền về công tác CCHC 2022"));

        scheduler.runNow("reminders", "admin@dev");
        clock.set("2022-11-03T09:00:00+07:00");
        scheduler.runNow("reminders", "admin@dev");

        assertEquals(2, reminderMails().size(), "a reminder mailed is never mailed again");
        assertEquals(2, fixtures.count("select count(*) from mail_delivery where kind = 'REMINDER' and status = 'SENT' "
                + "and days_before = 7 and period = '2022'"));
        assertTrue(metric("planprogress_reminders_mail_total{kind=\"REMINDER\",outcome=\"SENT\"}") >= 2);
    }

    @Test
    void theConsolidationUnitGetsADailyDigestOfWhoSubmittedWhoIsLateAndWhatWasReturned() throws Exception {
        SubmissionsFake.returned("III.3", "TTUDDV");
        clock.set("2022-11-12T10:00:00+07:00");

        JobRunDocument run = reminders(scheduler.tick());

        assertEquals(JobOutcome.SUCCEEDED, run.outcome(), run::toString);
        List<MimeMessage> digests = digestMails();
        assertEquals(1, digests.size());
        MimeMessage digest = digests.get(0);
        assertEquals(List.of(HCTH_MAIL), recipients(digest));
        assertEquals("Tổng hợp tình hình báo cáo ngày 12/11/2022: Kế hoạch 1/KH-SKHCN", digest.getSubject());
        String body = body(digest);
        assertTrue(body.startsWith("""
                Kính gửi: Phòng Hành chính - Tổng hợp,

                Tình hình báo cáo Kế hoạch số 1/KH-SKHCN "Tuyên truyền cải cách hành chính năm 2022 của Sở Khoa học và Công nghệ" \
                đến 07:00 ngày 12/11/2022:

                Kỳ 2022, hạn báo cáo của đơn vị ngày 10/11/2022:
                """), body);
        // As of 07:00 on 12/11: 7 submissions owed by the lead units, 5 in; HCTH's III.4 came on 11/11, after the deadline;
        // QLTC's III.5 and CCTDC's III.6 (only a draft by then) are overdue; TTUDDV's III.3 was returned.
        assertTrue(body.contains("- Đã báo cáo: 5/7 báo cáo\n"), body);
        assertTrue(body.contains("- Nộp muộn:\n  + Phòng Hành chính - Tổng hợp (HCTH): III.4\n"), body);
        assertTrue(body.contains("- Quá hạn, chưa báo cáo:\n"
                + "  + Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng (QLTC): III.5\n"
                + "  + Chi cục Tiêu chuẩn Đo lường Chất lượng (CCTDC): III.6\n")
                || body.contains("- Quá hạn, chưa báo cáo:\n"
                + "  + Chi cục Tiêu chuẩn Đo lường Chất lượng (CCTDC): III.6\n"
                + "  + Phòng Quản lý Tiêu chuẩn Đo lường Chất lượng (QLTC): III.5\n"), body);
        assertTrue(body.contains("- Bị trả lại để bổ sung:\n  + Trung tâm Ứng dụng và Dịch vụ khoa học và Công nghệ (TTUDDV): III.3\n"),
                body);

        clock.set("2022-11-12T15:00:00+07:00");
        scheduler.runNow("reminders", "admin@dev");
        assertEquals(1, digestMails().size(), "one digest a day");
        clock.set("2022-11-13T07:05:00+07:00");
        scheduler.tick();
        assertEquals(2, digestMails().size(), "the next day's digest");
        // After the consolidated deadline (15/11) the period is no longer under way: no digest.
        clock.set("2022-11-16T07:05:00+07:00");
        scheduler.tick();
        assertEquals(2, digestMails().size());
    }

    @Test
    void aMailTheServerRefusesFailsTheRunAndIsSentByItsRetry() throws Exception {
        clock.set("2022-11-07T07:30:00+07:00");
        SmtpServer.server().stop();
        JobRunDocument failed = reminders(scheduler.tick());
        SmtpServer.server().start();

        assertEquals(JobOutcome.FAILED, failed.outcome(), failed::toString);
        assertTrue(fixtures.count("select count(*) from mail_delivery where status = 'FAILED' and days_before = 3") >= 1);

        clock.set("2022-11-07T07:32:00+07:00");
        List<JobRunDocument> retried = scheduler.tick().stream().filter(r -> r.attempt() > 1).toList();

        assertEquals(JobOutcome.SUCCEEDED, retried.get(0).outcome(), retried::toString);
        assertEquals(2, reminderMails().size());
        assertEquals(0, fixtures.count("select count(*) from mail_delivery where status <> 'SENT'"));
    }

    private static JobRunDocument reminders(List<JobRunDocument> runs) {
        return runs.stream().filter(r -> r.jobName().equals("reminders")).findFirst().orElseThrow(() -> new AssertionError(runs));
    }

    private static List<MimeMessage> reminderMails() throws Exception {
        return mailsWithSubject("Nhắc hạn báo cáo:");
    }

    private static List<MimeMessage> digestMails() throws Exception {
        return mailsWithSubject("Tổng hợp tình hình báo cáo");
    }

    /** One message per mail sent (GreenMail keeps a copy per recipient). */
    private static List<MimeMessage> mailsWithSubject(String prefix) throws Exception {
        java.util.Map<String, MimeMessage> byId = new java.util.LinkedHashMap<>();
        for (MimeMessage message : SmtpServer.server().getReceivedMessages()) {
            if (message.getSubject().startsWith(prefix)) {
                byId.putIfAbsent(message.getMessageID(), message);
            }
        }
        return List.copyOf(byId.values());
    }

    private static List<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Address::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) throws Exception {
        // The text as a mail client shows it: lines end in LF, and SMTP's closing line break is not the text's.
        return message.getContent().toString().replace("\r\n", "\n").stripTrailing();
    }

    private static double metric(String series) {
        String scraped = RestAssured.get("/q/metrics").asString();
        return scraped.lines().filter(l -> l.startsWith(series)).findFirst()
                .map(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .orElseThrow(() -> new AssertionError(series + " not in /q/metrics"));
    }
}
