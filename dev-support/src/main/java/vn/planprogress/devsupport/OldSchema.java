package vn.planprogress.devsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * A service's schema as an older release left it, for the test of a migration that carries its rows
 * forward: a schema of its own on the test database, migrated by Flyway only up to {@code version}
 * from the service's own migration files, then given the rows the older code wrote. The service
 * under test is then pointed at it ({@link #settings}) and migrates the rest at start.
 */
public final class OldSchema {

    private static final String[] LOCATIONS = {"filesystem:src/main/resources/db/migration", "filesystem:../common/src/main/resources/db/common"};

    /** Rows written into the old schema through a connection whose search path is that schema. */
    @FunctionalInterface
    public interface Rows {
        void write(Connection connection) throws SQLException;
    }

    private OldSchema() {
    }

    /** Makes {@code schema} anew at {@code version} with {@code rows}; returns the test database's settings. */
    public static Map<String, String> prepare(String schema, String version, Rows rows) {
        Map<String, String> database = new HashMap<>(new TestDatabase().start());
        String url = database.getOrDefault("quarkus.datasource.jdbc.url", env("QUARKUS_DATASOURCE_JDBC_URL", env("DB_URL", null)));
        String user = database.getOrDefault("quarkus.datasource.username", env("QUARKUS_DATASOURCE_USERNAME", env("DB_USER", "postgres")));
        String password = database.getOrDefault("quarkus.datasource.password", env("QUARKUS_DATASOURCE_PASSWORD", env("DB_PASSWORD", "")));
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("The old schema " + schema + " could not be dropped", e);
        }
        Flyway.configure().dataSource(url, user, password).schemas(schema).defaultSchema(schema).locations(LOCATIONS)
                .target(version).load().migrate();
        try (Connection connection = DriverManager.getConnection(url, user, password); Statement statement = connection.createStatement()) {
            statement.execute("set search_path to " + schema);
            rows.write(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The old code's rows could not be written into " + schema, e);
        }
        return database;
    }

    /** What points a service (Flyway, Hibernate, its connections) at {@code schema} instead of its own. */
    public static Map<String, String> settings(String schema) {
        return Map.of("quarkus.flyway.schemas", schema, "quarkus.flyway.default-schema", schema,
                "quarkus.hibernate-orm.database.default-schema", schema,
                "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema", schema);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
