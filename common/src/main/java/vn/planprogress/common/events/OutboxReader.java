package vn.planprogress.common.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads an outbox in an order no later commit can fall behind: by writing transaction, then
 * position, and only rows of transactions older than every transaction still running (the
 * snapshot's xmin). A reader that resumes from its last cursor therefore never skips an event
 * whose transaction committed after it read past its position; a long transaction elsewhere only
 * delays what is handed out.
 */
@ApplicationScoped
public class OutboxReader {

    public static final int MAX_BATCH = 500;

    private final DataSource dataSource;
    private final ObjectMapper json;

    @Inject
    public OutboxReader(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    public OutboxBatch after(OutboxCursor cursor, int limit) {
        List<OutboxEntry> items = new ArrayList<>();
        String next = cursor.toString();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("""
                     select tx::text, position, id, type, occurred_at, plan_id, units, data::text from outbox_event
                     where (tx, position) > (?::text::xid8, ?) and tx < pg_snapshot_xmin(pg_current_snapshot())
                     order by tx, position limit ?""")) {
            select.setString(1, Long.toString(cursor.transaction()));
            select.setLong(2, cursor.position());
            select.setInt(3, Math.max(1, Math.min(limit, MAX_BATCH)));
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    next = new OutboxCursor(Long.parseLong(row.getString(1)), row.getLong(2)).toString();
                    items.add(new OutboxEntry(row.getObject(3, UUID.class),
                            EventType.named(row.getString(4)).orElseThrow(),
                            row.getTimestamp(5).toInstant(),
                            row.getObject(6, UUID.class),
                            units(row.getArray(7)),
                            json.readTree(row.getString(8)),
                            next));
                }
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("The outbox could not be read after " + cursor, e);
        }
        return new OutboxBatch(items, next);
    }

    private static List<String> units(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
