package vn.planprogress.reports.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jboss.logging.Logger;
import vn.planprogress.common.persistence.DatabaseJson;
import vn.planprogress.reports.api.Report;
import vn.planprogress.reports.api.Snapshot;
import vn.planprogress.reports.api.SnapshotKind;
import vn.planprogress.reports.domain.SnapshotDocument;
import vn.planprogress.reports.service.SnapshotRenderer;

/**
 * Snapshots taken before their documents were stored are rendered once, now, as the service serves
 * them: each row's report is read as this service's Hibernate read it (leniently, into today's
 * records) and rendered by the service's own renderer and JSON writer, so that the stored JSON is the
 * JSON the API answered for it, and the CSV, DOCX and PDF what a download would have made. In
 * Java, not SQL, because only the service's code writes those bytes; in the migration, so that no
 * snapshot is ever without its documents. V4 then drops the report column.
 */
public class V3__Render_stored_snapshots extends BaseJavaMigration {

    private static final Logger LOG = Logger.getLogger(V3__Render_stored_snapshots.class);

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        SnapshotRenderer renderer = Arc.container().instance(SnapshotRenderer.class).get();
        ObjectMapper rows = DatabaseJson.mapper();
        Connection connection = context.getConnection();
        int rendered = 0;
        long started = System.nanoTime();
        try (Statement select = connection.createStatement();
             PreparedStatement insert = connection.prepareStatement("""
                     insert into snapshot_document (snapshot_id, format, format_version, media_type, content, sha256, created_at)
                     values (?, ?, ?, ?, ?, ?, ?)""")) {
            select.setFetchSize(50);
            try (ResultSet row = select.executeQuery("""
                    select id, plan_id, plan_number, period, kind, trigger_key, as_of, created_at, created_by, report::text
                    from report_snapshot order by created_at, id""")) {
                while (row.next()) {
                    Snapshot snapshot = new Snapshot(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                            row.getString(4), SnapshotKind.valueOf(row.getString(5)), row.getString(6), row.getTimestamp(7).toInstant(),
                            row.getTimestamp(8).toInstant(), row.getString(9), rows.readValue(row.getString(10), Report.class));
                    for (SnapshotDocument document : renderer.render(snapshot)) {
                        insert.setObject(1, document.snapshotId);
                        insert.setString(2, document.format.name());
                        insert.setInt(3, document.formatVersion);
                        insert.setString(4, document.mediaType);
                        insert.setBytes(5, document.content);
                        insert.setBytes(6, document.sha256);
                        insert.setTimestamp(7, Timestamp.from(document.createdAt));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    rendered++;
                }
            }
        }
        LOG.infof("Rendered and stored the documents of %d snapshot(s) in %d ms", rendered, (System.nanoTime() - started) / 1_000_000);
    }
}
