package vn.planprogress.reports.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.planprogress.common.events.OutboxBatch;
import vn.planprogress.common.events.OutboxCursor;

/**
 * The plans and progress services' outboxes, as the event relay reads them. Neither retried nor
 * behind a breaker: a source that does not answer is skipped for this round of the relay, and the
 * next round (seconds later) is the retry; its outbox keeps every event until then.
 */
@ApplicationScoped
public class Outboxes {

    private final PlansOutboxClient plans;
    private final ProgressOutboxClient progress;

    @Inject
    public Outboxes(@RestClient PlansOutboxClient plans, @RestClient ProgressOutboxClient progress) {
        this.plans = plans;
        this.progress = progress;
    }

    public OutboxBatch plansAfter(OutboxCursor cursor, int limit) {
        return plans.after(cursor.toString(), limit);
    }

    public OutboxBatch progressAfter(OutboxCursor cursor, int limit) {
        return progress.after(cursor.toString(), limit);
    }
}
