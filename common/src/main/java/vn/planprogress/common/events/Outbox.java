package vn.planprogress.common.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The service's outbox ({@code outbox_event}): a domain event is written in the transaction of the
 * change it tells, so it exists exactly when the change does. The reports service relays every
 * service's outbox into the one feed; nothing here sends anything.
 */
@ApplicationScoped
public class Outbox {

    private final DataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;

    @Inject
    public Outbox(DataSource dataSource, ObjectMapper json, Clock clock) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Records an event in the caller's transaction and returns its id.
     *
     * @param planId the plan it concerns, if any
     * @param units  the codes of the units it concerns: a reporter sees an event that names its unit
     * @param data   what the event says, written as JSON
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventType type, UUID planId, Collection<String> units, Object data) {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into outbox_event (id, type, occurred_at, plan_id, units, data)
                     values (?, ?, ?, ?, ?, ?::jsonb)""")) {
            insert.setObject(1, id);
            insert.setString(2, type.wireName());
            insert.setTimestamp(3, Timestamp.from(clock.instant()));
            insert.setObject(4, planId);
            insert.setArray(5, connection.createArrayOf("text", units.stream().distinct().sorted().toArray()));
            insert.setString(6, json.writeValueAsString(data));
            insert.executeUpdate();
            return id;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("Event " + type.wireName() + " could not be written to the outbox", e);
        }
    }
}
