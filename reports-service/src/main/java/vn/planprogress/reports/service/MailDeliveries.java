package vn.planprogress.reports.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.planprogress.reports.client.MailSender;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.repository.MailDeliveryRepository;

/**
 * Mails sent at most once each: recorded by what makes the mail one (a reminder's plan, period,
 * days before and unit; a digest's plan, day and unit), claimed by one sender, and never sent again
 * once the SMTP server took it. One attempt per job run: a failure fails the run, which is retried.
 */
@ApplicationScoped
public class MailDeliveries {

    private static final Logger LOG = Logger.getLogger(MailDeliveries.class);

    private final MailDeliveryRepository deliveries;
    private final MailSender sender;
    private final ReportsSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;

    @Inject
    public MailDeliveries(MailDeliveryRepository deliveries, MailSender sender, ReportsSettings settings, Clock clock,
                          MeterRegistry metrics) {
        this.deliveries = deliveries;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    public boolean configured() {
        return sender.configured();
    }

    /** Sends the mail unless it was sent or another sender holds it; returns its id when sent now, throws when it failed. */
    public UUID sendOnce(MailDeliveryRepository.Key key, List<String> to, MailTexts.Text text) {
        UUID id = record(key, to, text);
        if (!claim(id, settings.reminders().timeout().multipliedBy(6))) {
            return null;
        }
        try {
            sender.send(to, text.subject(), text.body());
        } catch (RuntimeException e) {
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            finish(id, key.kind(), "FAILED", error, null);
            LOG.warnf("Mail %s of plan %s to %s failed: %s", key.kind(), key.planId(), to, error);
            throw new IllegalStateException("The " + key.kind().toLowerCase() + " mail to " + key.unitCode() + " could not be sent: "
                    + error, e);
        }
        finish(id, key.kind(), "SENT", null, clock.instant());
        return id;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    UUID record(MailDeliveryRepository.Key key, List<String> to, MailTexts.Text text) {
        return deliveries.recordOnce(key, to, text.subject(), clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean claim(UUID id, Duration holdFor) {
        Instant now = clock.instant();
        return deliveries.claim(id, now, now.plus(holdFor));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(UUID id, String kind, String status, String error, Instant sentAt) {
        deliveries.finish(id, status, error, sentAt);
        metrics.counter("planprogress.reminders.mail", "kind", kind, "outcome", status).increment();
    }
}
