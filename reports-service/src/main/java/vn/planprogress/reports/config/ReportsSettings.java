package vn.planprogress.reports.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/** Business settings of the reports service, under {@code planprogress.reports}. */
@ConfigMapping(prefix = "planprogress.reports")
public interface ReportsSettings {

    /** What a caller is told to wait (Retry-After) when the plans or progress service cannot be reached. */
    @WithDefault("30S")
    Duration sourcesRetryAfter();

    /**
     * How many reads of the plans and progress services (a page of submissions, a roll-up's plan) the
     * service makes at once, over all requests.
     */
    @WithDefault("4")
    @Min(1)
    @Max(32)
    int sourceReads();

    Document document();

    Jobs jobs();

    Reminders reminders();

    Signing signing();

    Mail mail();

    Events events();

    /**
     * The event feed ({@code GET /api/v1/events}): how the relay copies the plans, progress and reports
     * outboxes into it.
     */
    interface Events {

        /** How often the relay looks for new events in every outbox ({@code off} to never). */
        @WithDefault("5s")
        String relayEvery();

        /**
         * Events read from one outbox in one transaction; the relay reads on while batches come full. At most
         * the outbox's largest batch (500).
         */
        @WithDefault("200")
        @Min(1)
        @Max(500)
        int batchSize();
    }

    WebhookSettings webhooks();

    /**
     * Webhook subscriptions: how deliveries are retried and where they may not go. Every URL is checked
     * when it is given and again before each attempt, since what a host resolves to may change.
     */
    interface WebhookSettings {

        /** How often each replica fans the feed out to subscriptions and posts what is due ({@code off} to never). */
        @WithDefault("5s")
        String dispatchEvery();

        /** Wait after the first failed attempt; doubled after each further one, up to {@link #maxBackoff()}. */
        @WithDefault("PT1M")
        Duration backoff();

        @WithDefault("PT1H")
        Duration maxBackoff();

        /**
         * How long after its first attempt a delivery is retried; then it is FAILED and its subscription
         * PAUSED, its other deliveries kept until an admin sets it ACTIVE again.
         */
        @WithDefault("P1D")
        Duration giveUpAfter();

        /** Connecting and answering, each; a receiver slower than this has failed the attempt. */
        @WithDefault("PT10S")
        Duration timeout();

        /** Deliveries posted by one replica in one run at most, so that a run ends and the next one starts afresh. */
        @WithDefault("100")
        int batch();

        /** Whether a URL may point at the loopback (tests and a developer's machine only); the platform's own URLs stay refused. */
        @WithDefault("false")
        boolean allowLoopback();

        /** The platform's own services (the plans, progress and reports services and the gateway): never a webhook target. */
        List<URI> platformUrls();
    }

    /** E-mail of reminders and the daily digest; the SMTP server itself is Quarkus Mailer's ({@code quarkus.mailer.*}). */
    interface Mail {

        /** The SMTP server (SMTP_HOST); nothing is mailed when absent. */
        Optional<String> smtpHost();
    }

    /**
     * Ký số: the organisation's key that signs the official reports, a PKCS#12 keystore. Without
     * one, a development keystore is made at start, which the production profile refuses unless
     * development keys are allowed (see docs/security.md).
     */
    interface Signing {

        /** The keystore file (SIGNING_KEYSTORE_PATH). */
        Optional<String> keystore();

        /** Its password (SIGNING_KEYSTORE_PASSWORD). */
        Optional<String> password();

        /** The key's alias in it (SIGNING_KEY_ALIAS); the first key entry when absent. */
        Optional<String> alias();
    }

    /** The official document (văn bản báo cáo). */
    interface Document {

        /** Địa danh of the date line, when the plan does not state its place. */
        @WithDefault("Quảng Ngãi")
        String place();
    }

    /** The scheduled jobs: each runs daily at its time of day in the business zone. */
    interface Jobs {

        /** How often every replica looks for due occurrences and retries ({@code off} to never tick). */
        @WithDefault("60s")
        String tickEvery();

        @WithDefault("06:00")
        LocalTime dailySnapshotsAt();

        @WithDefault("06:30")
        LocalTime consolidatedReportsAt();

        @WithDefault("07:00")
        LocalTime remindersAt();

        /** Attempts of one occurrence before it is left failed. */
        @WithDefault("5")
        int maxAttempts();

        /** Wait before the first retry of a failed run; doubled at each further attempt. */
        @WithDefault("5M")
        Duration retryBackoff();

        /** A run still marked running after this long was abandoned (its replica stopped) and is retried. */
        @WithDefault("30M")
        Duration lease();
    }

    /**
     * Reminders before unit deadlines: each issued once as a {@code reminder.due} event (delivered to the
     * webhook subscriptions that take it) and mailed to the units that still owe.
     */
    interface Reminders {

        /** Days before each unit deadline on which the units that still owe submissions are reminded. */
        @WithDefault("7,3,0")
        List<Integer> daysBefore();

        /**
         * The reminders webhook of earlier releases (REMINDERS_WEBHOOK_URL): at start, a subscription to
         * {@code reminder.due} is created for it unless one with this URL exists.
         */
        Optional<URI> webhookUrl();

        /** What that subscription signs with (REMINDERS_WEBHOOK_SECRET, 16 to 200 characters); a random one when absent. */
        Optional<String> webhookSecret();

        /** How long sending one mail may take; its claim is held six times this, then another run may try it. */
        @WithDefault("10S")
        Duration timeout();
    }
}
