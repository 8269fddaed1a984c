package vn.planprogress.reports.repository;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import vn.planprogress.common.events.EventType;
import vn.planprogress.common.events.OutboxCursor;
import vn.planprogress.common.events.OutboxEntry;
import vn.planprogress.reports.domain.FeedEvent;
import vn.planprogress.reports.domain.FeedSource;

/**
 * The event feed ({@code event_feed}) and where the relay stands in each source ({@code event_source}).
 * Plain JDBC on the service's data source: inside a transaction, its connection is the transaction's.
 */
@ApplicationScoped
public class EventFeedRepository {

    /** The advisory lock that one relay holds at a time, across replicas (the text "event-relay" as a number). */
    static final long RELAY_LOCK = 0x6576656e742d72L;

    private final DataSource dataSource;
    private final ObjectMapper json;

    @Inject
    public EventFeedRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /** Waits for the relay lock, held until the caller's transaction ends. */
    public void lockRelay() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            lock.execute();
        } catch (SQLException e) {
            throw failed("The relay lock could not be taken", e);
        }
    }

    /** Where the relay stands in the source's outbox, the row locked until the caller's transaction ends. */
    public OutboxCursor cursorOf(FeedSource source) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select cursor from event_source where source = ? for update")) {
            select.setString(1, source.wireName);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException("event_source has no row for " + source.wireName);
                }
                return OutboxCursor.parse(row.getString(1));
            }
        } catch (SQLException e) {
            throw failed("The cursor of " + source.wireName + " could not be read", e);
        }
    }

    /** Appends the events that the feed does not have yet, in their order; returns how many it appended. */
    public int append(FeedSource source, List<OutboxEntry> events, Instant relayedAt) {
        int appended = 0;
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into event_feed (id, source, type, occurred_at, plan_id, units, data, relayed_at)
                     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?) on conflict (id) do nothing""")) {
            for (OutboxEntry event : events) {
                insert.setObject(1, event.id());
                insert.setString(2, source.wireName);
                insert.setString(3, event.type().wireName());
                insert.setTimestamp(4, Timestamp.from(event.occurredAt()));
                insert.setObject(5, event.planId());
                insert.setArray(6, connection.createArrayOf("text", event.units() == null ? new String[0] : event.units().toArray()));
                insert.setString(7, json.writeValueAsString(event.data()));
                insert.setTimestamp(8, Timestamp.from(relayedAt));
                // One statement per event, so that positions follow the outbox's order.
                appended += insert.executeUpdate();
            }
            return appended;
        } catch (SQLException | JsonProcessingException e) {
            throw failed("Events of " + source.wireName + " could not be appended to the feed", e);
        }
    }

    public void moveCursor(FeedSource source, OutboxCursor cursor, Instant relayedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update event_source set cursor = ?, relayed_at = ? where source = ?")) {
            update.setString(1, cursor.toString());
            update.setTimestamp(2, Timestamp.from(relayedAt));
            update.setString(3, source.wireName);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failed("The cursor of " + source.wireName + " could not be moved", e);
        }
    }

    /** The position of the feed's last event, 0 while it has none. */
    public long lastPosition() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select coalesce(max(position), 0) from event_feed");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw failed("The feed's end could not be read", e);
        }
    }

    /**
     * The events after the position, in feed order: of the types given (any when empty), naming the unit
     * given (any when null), at most {@code limit}.
     */
    public List<FeedEvent> after(long position, Set<EventType> types, String unit, int limit) {
        List<FeedEvent> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select position, id, source, type, occurred_at, plan_id, units, data::text from event_feed
                     where position > ? and (? or type = any (?)) and (?::text is null or ?::text = any (units))
                     order by position limit ?""")) {
            select.setLong(1, position);
            select.setBoolean(2, types.isEmpty());
            select.setArray(3, connection.createArrayOf("text", types.stream().map(EventType::wireName).toArray()));
            select.setString(4, unit);
            select.setString(5, unit);
            select.setInt(6, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    events.add(eventOf(row));
                }
            }
            return events;
        } catch (SQLException | IOException e) {
            throw failed("The feed could not be read after position " + position, e);
        }
    }

    /** The event with this id, as the feed lists it. */
    public Optional<FeedEvent> byId(UUID id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "select position, id, source, type, occurred_at, plan_id, units, data::text from event_feed where id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(eventOf(row)) : Optional.empty();
            }
        } catch (SQLException | IOException e) {
            throw failed("Event " + id + " of the feed could not be read", e);
        }
    }

    private FeedEvent eventOf(ResultSet row) throws SQLException, IOException {
        return new FeedEvent(row.getLong(1), row.getObject(2, UUID.class), FeedSource.named(row.getString(3)),
                EventType.named(row.getString(4)).orElseThrow(), row.getTimestamp(5).toInstant(), row.getObject(6, UUID.class),
                units(row.getArray(7)), json.readTree(row.getString(8)));
    }

    private static List<String> units(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static IllegalStateException failed(String what, Exception cause) {
        return new IllegalStateException(what + ": " + cause.getMessage(), cause);
    }
}
