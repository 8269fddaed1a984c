package vn.planprogress.reports.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.planprogress.common.events.OutboxBatch;
import vn.planprogress.common.events.OutboxCursor;
import vn.planprogress.common.events.OutboxReader;
import vn.planprogress.reports.client.Outboxes;
import vn.planprogress.reports.config.ReportsSettings;
import vn.planprogress.reports.domain.FeedSource;
import vn.planprogress.reports.repository.EventFeedRepository;

/**
 * Copies the outboxes of the plans, progress and reports services into the one event feed. Each batch
 * of a source is one transaction that holds the relay lock (one relay at a time across replicas),
 * reads the source's cursor, appends the events after it (an event the feed has is not appended
 * again) and moves the cursor, so that feed positions grow in the order the events were relayed and
 * a batch is relayed whole or not at all. A source that cannot be read is skipped for the round and
 * the others go on; its outbox keeps its events for the next round.
 */
@ApplicationScoped
public class EventRelay {

    private static final Logger LOG = Logger.getLogger(EventRelay.class);

    private final EventFeedRepository feed;
    private final Outboxes outboxes;
    private final OutboxReader ownOutbox;
    private final ReportsSettings settings;
    private final Clock clock;
    private final MeterRegistry metrics;
    /** The sources that failed at their last read, so that an outage is told once, not every round. */
    private final Set<FeedSource> down = ConcurrentHashMap.newKeySet();

    @Inject
    public EventRelay(EventFeedRepository feed, Outboxes outboxes, OutboxReader ownOutbox, ReportsSettings settings, Clock clock,
                      MeterRegistry metrics) {
        this.feed = feed;
        this.outboxes = outboxes;
        this.ownOutbox = ownOutbox;
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Scheduled(identity = "event-relay", every = "{planprogress.reports.events.relay-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        relay();
    }

    /**
     * One round: every source, batch after batch while they come full. Returns how many events each source
     * added to the feed; a source that could not be read is absent.
     */
    public Map<FeedSource, Integer> relay() {
        Map<FeedSource, Integer> relayed = new EnumMap<>(FeedSource.class);
        for (FeedSource source : FeedSource.values()) {
            try {
                relayed.put(source, relayAll(source));
                if (down.remove(source)) {
                    LOG.infof("The %s outbox is read again; the events it kept are relayed", source.wireName);
                }
            } catch (RuntimeException e) {
                metrics.counter("planprogress.events.relay.failures", "source", source.wireName).increment();
                if (down.add(source)) {
                    LOG.warnf("The %s outbox cannot be read; its events are relayed when it can be: %s", source.wireName, e.toString());
                } else {
                    LOG.debugf("The %s outbox still cannot be read: %s", source.wireName, e.toString());
                }
            }
        }
        return relayed;
    }

    private int relayAll(FeedSource source) {
        int limit = settings.events().batchSize();
        int total = 0;
        while (true) {
            Batch batch = QuarkusTransaction.requiringNew().call(() -> relayBatch(source, limit));
            total += batch.appended();
            metrics.counter("planprogress.events.relayed", "source", source.wireName).increment(batch.appended());
            if (batch.read() < limit) {
                return total;
            }
        }
    }

    /** In the caller's transaction: the next batch of the source after its cursor, appended, the cursor moved past it. */
    private Batch relayBatch(FeedSource source, int limit) {
        feed.lockRelay();
        OutboxCursor cursor = feed.cursorOf(source);
        OutboxBatch batch = switch (source) {
            case PLANS -> outboxes.plansAfter(cursor, limit);
            case PROGRESS -> outboxes.progressAfter(cursor, limit);
            case REPORTS -> ownOutbox.after(cursor, limit);
        };
        if (batch.items().isEmpty()) {
            return new Batch(0, 0);
        }
        OutboxCursor next = OutboxCursor.parse(batch.next());
        if (!isAfter(next, cursor)) {
            throw new IllegalStateException("The " + source.wireName + " outbox answered events after " + cursor + " with next " + next
                    + ", which is not past it");
        }
        var now = clock.instant();
        int appended = feed.append(source, batch.items(), now);
        feed.moveCursor(source, next, now);
        return new Batch(batch.items().size(), appended);
    }

    private static boolean isAfter(OutboxCursor next, OutboxCursor cursor) {
        return next.transaction() > cursor.transaction()
                || next.transaction() == cursor.transaction() && next.position() > cursor.position();
    }

    private record Batch(int read, int appended) {
    }
}
