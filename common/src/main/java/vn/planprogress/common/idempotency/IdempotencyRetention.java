package vn.planprogress.common.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Forgets {@code Idempotency-Key} records once they are older than the retention (30 days unless
 * {@code IDEMPOTENCY_RETENTION} says otherwise): a retry is expected within minutes, and the stored
 * responses would otherwise grow forever. A retry with a key older than that creates anew. Every
 * replica purges; deleting the same old rows twice is harmless.
 */
@ApplicationScoped
public class IdempotencyRetention {

    private static final Logger LOG = Logger.getLogger(IdempotencyRetention.class);

    private final DataSource dataSource;
    private final Clock clock;
    private final Duration retention;

    @Inject
    public IdempotencyRetention(DataSource dataSource,
                                Clock clock,
                                @ConfigProperty(name = "planprogress.idempotency.retention", defaultValue = "P30D") Duration retention) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(identity = "idempotency-retention", every = "${planprogress.idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onSchedule() {
        purge(clock.instant());
    }

    /** Deletes the records created before {@code now} minus the retention; how many were deleted. */
    @Transactional
    public int purge(Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from idempotency_key where created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(retention)));
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Forgot %d Idempotency-Key record(s) older than %s", deleted, retention);
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("Old Idempotency-Key records could not be purged", e);
        }
    }
}
