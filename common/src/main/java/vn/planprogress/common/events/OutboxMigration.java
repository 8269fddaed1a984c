package vn.planprogress.common.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the outbox table ({@code outbox_event.sql} beside this class) in a service's schema. A
 * service adds it as its next migration with one line, {@code public class V11__Outbox extends
 * OutboxMigration {}}, so that the table is defined once and each schema's history stays in order.
 */
public abstract class OutboxMigration extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute(tableDefinition());
        }
    }

    static String tableDefinition() throws IOException {
        try (InputStream sql = OutboxMigration.class.getResourceAsStream("outbox_event.sql")) {
            if (sql == null) {
                throw new IOException("outbox_event.sql is missing beside " + OutboxMigration.class.getName());
            }
            return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
