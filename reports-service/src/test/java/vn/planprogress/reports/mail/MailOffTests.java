package vn.planprogress.reports.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.TestClock;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.reports.ReportFixtures;
import vn.planprogress.reports.SeedScenario;
import vn.planprogress.reports.ServicesStub;
import vn.planprogress.reports.api.JobOutcome;
import vn.planprogress.reports.api.JobRunDocument;
import vn.planprogress.reports.client.MailSender;
import vn.planprogress.reports.service.JobScheduler;

/** Without SMTP_HOST (the tests' default) nothing is mailed and nothing fails: the reminder is still issued as its event. */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = ServicesStub.class, scope = TestResourceScope.GLOBAL)
class MailOffTests {

    @Inject
    ReportFixtures fixtures;

    @Inject
    TestClock clock;

    @Inject
    JobScheduler scheduler;

    @Inject
    MailSender mail;

    @BeforeEach
    void seedWithAddresses() {
        fixtures.reset();
        SeedScenario.record();
        MailTests.serveWithAddresses();
    }

    @Test
    void withoutAnSmtpServerNoMailIsSentAndTheRemindersRunSucceeds() {
        clock.set("2022-11-03T08:00:00+07:00");

        JobRunDocument run = scheduler.tick().stream().filter(r -> r.jobName().equals("reminders")).findFirst().orElseThrow();

        assertEquals(false, mail.configured());
        assertEquals(JobOutcome.SUCCEEDED, run.outcome(), run::toString);
        assertEquals(List.of("REMINDER"), run.produced().stream().map(o -> o.type()).toList(), "the reminder.due event only");
        assertTrue(run.produced().get(0).detail().startsWith("7 day(s) before 2022-11-10; reminder.due for units"), run.produced()::toString);
        assertEquals(1, fixtures.count("select count(*) from outbox_event where type = 'reminder.due'"));
        assertEquals(0, fixtures.count("select count(*) from mail_delivery"));
    }
}
