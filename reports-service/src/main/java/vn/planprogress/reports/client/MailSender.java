package vn.planprogress.reports.client;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.planprogress.reports.config.ReportsSettings;

/**
 * The SMTP server (Quarkus Mailer): plain-text UTF-8 mail. Off unless SMTP_HOST is set; one attempt
 * per call, the caller records what was sent and retries with its job.
 */
@ApplicationScoped
public class MailSender {

    private final Mailer mailer;
    private final ReportsSettings settings;

    @Inject
    public MailSender(Mailer mailer, ReportsSettings settings) {
        this.mailer = mailer;
        this.settings = settings;
    }

    public boolean configured() {
        return settings.mail().smtpHost().filter(host -> !host.isBlank()).isPresent();
    }

    /** Sends the mail to every recipient; throws when the server does not take it. */
    public void send(List<String> to, String subject, String body) {
        if (!configured()) {
            throw new IllegalStateException("No SMTP server is configured (SMTP_HOST)");
        }
        mailer.send(new Mail().setTo(List.copyOf(to)).setSubject(subject).setText(body));
    }
}
