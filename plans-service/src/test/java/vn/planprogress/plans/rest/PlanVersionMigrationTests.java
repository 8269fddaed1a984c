package vn.planprogress.plans.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.OldSchema;
import vn.planprogress.devsupport.TestDatabase;

/**
 * Issued versions as the bytes they were served with: a database at the old schema (the version a
 * jsonb document) migrates to the bytes the old code served for it; a version kept in an older
 * shape of PlanDocument (a field the record no longer has) is served as it was written.
 */
@QuarkusTest
@TestProfile(PlanVersionMigrationTests.AtVersionOne.class)
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
class PlanVersionMigrationTests {

    static final String SCHEMA = "plans_v1";
    static final Map<String, String> ROW = legacyRow();

    public static class AtVersionOne implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return OldSchema.settings(SCHEMA);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(RowsOfTheOldCode.class));
        }
    }

    /** Migrates a schema of its own to V1 only, as the old code left it, and writes an issued plan's version into it. */
    public static class RowsOfTheOldCode implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return OldSchema.prepare(SCHEMA, "1", connection -> {
                try (Statement statement = connection.createStatement();
                     PreparedStatement version = connection.prepareStatement("insert into plan_version (plan_id, amendment, reason, document, "
                             + "created_by, created_at) values (?, 0, ?, ?::jsonb, ?, ?::timestamptz)")) {
                    statement.execute("insert into unit (code, name, kind) values ('SKHCN', 'Sở Khoa học và Công nghệ', 'DEPARTMENT')");
                    statement.execute("insert into plan (id, number_symbol, number_sequence, title, year, owner_unit, legal_bases, purposes, "
                            + "content_sections, implementation, recipients, reporting, consolidation_unit, status, created_by) values ('"
                            + ROW.get("plan_id") + "', 'KH-SKHCN', 1, 'Tuyên truyền cải cách hành chính năm 2022', 2022, 'SKHCN', '[]', '[]', "
                            + "'[]', '[]', '[]', '{}', 'SKHCN', 'ISSUED', 'planner@dev')");
                    version.setObject(1, UUID.fromString(ROW.get("plan_id")));
                    version.setString(2, ROW.get("reason"));
                    version.setString(3, ROW.get("document"));
                    version.setString(4, ROW.get("created_by"));
                    version.setString(5, ROW.get("created_at"));
                    version.executeUpdate();
                }
            });
        }

        @Override
        public void stop() {
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void theOldVersionIsServedAsTheOldCodeServedIt() {
        assertArrayEquals(resource("/legacy/v1-plan-version-served.json"), version(0));
    }

    @Test
    void aVersionKeptInAnOlderShapeIsServedAsItWasWritten() throws SQLException {
        String older = "{\"id\":\"" + ROW.get("plan_id") + "\",\"number\":\"1/KH-SKHCN\",\"approvedBy\":\"Giám đốc\","
                + "\"tasks\":[{\"code\":\"III.1\",\"weight\":2}]}";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into plan_version (plan_id, amendment, reason, content, "
                     + "format_version, created_by) values (?, 1, 'Sửa đổi', ?, 1, 'planner@dev')")) {
            insert.setObject(1, UUID.fromString(ROW.get("plan_id")));
            insert.setBytes(2, older.getBytes(StandardCharsets.UTF_8));
            insert.executeUpdate();
        }

        assertArrayEquals(older.getBytes(StandardCharsets.UTF_8), version(1));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            SQLException refused = assertThrows(SQLException.class, () -> statement.execute("update plan_version set reason = 'x'"));
            assertEquals(true, refused.getMessage().contains("immutable"), refused.getMessage());
        }
    }

    private static byte[] version(int amendment) {
        return RestAssured.given().auth().oauth2(DevTokens.viewer()).get("/api/v1/plans/" + ROW.get("plan_id") + "/versions/" + amendment)
                .then().statusCode(200).contentType("application/json").extract().asByteArray();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PlanVersionMigrationTests.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> legacyRow() {
        try {
            return new ObjectMapper().readValue(resource("/legacy/v1-plan-version-row.json"), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
