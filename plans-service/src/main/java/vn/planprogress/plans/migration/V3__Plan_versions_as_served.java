package vn.planprogress.plans.migration;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.planprogress.common.persistence.DatabaseJson;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.domain.PlanVersion;

/**
 * The versions kept before they were kept as bytes get the bytes the service served for them: each
 * document read as this service's Hibernate read it (leniently, into today's PlanDocument) and
 * written by the service's own JSON writer. In Java because only the service's serialiser writes
 * those bytes.
 */
public class V3__Plan_versions_as_served extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        ObjectMapper api = Arc.container().instance(ObjectMapper.class).get();
        ObjectMapper rows = DatabaseJson.mapper();
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement(
                     "update plan_version set content = ?, format_version = ? where plan_id = ? and amendment = ?")) {
            select.setFetchSize(50);
            try (ResultSet row = select.executeQuery("select plan_id, amendment, document::text from plan_version")) {
                while (row.next()) {
                    update.setBytes(1, api.writeValueAsBytes(rows.readValue(row.getString(3), PlanDocument.class)));
                    update.setInt(2, PlanVersion.FORMAT_VERSION);
                    update.setObject(3, row.getObject(1, UUID.class));
                    update.setInt(4, row.getInt(2));
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
