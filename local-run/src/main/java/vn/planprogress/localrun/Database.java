package vn.planprogress.localrun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import vn.planprogress.devsupport.EmbeddedDatabase;

/**
 * The system's PostgreSQL: the server named by DB_URL/DB_USER/DB_PASSWORD when set, else an
 * embedded one keeping its data in the run's data directory. On the embedded server each service
 * gets its own role owning its own schema, as in production.
 */
public final class Database implements AutoCloseable {

    private EmbeddedDatabase embedded;
    private final Path dataDirectory;
    private final String url;
    private final String adminUser;
    private final String adminPassword;

    private Database(EmbeddedDatabase embedded, Path dataDirectory, String url, String adminUser, String adminPassword) {
        this.embedded = embedded;
        this.dataDirectory = dataDirectory;
        this.url = url;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
    }

    public static Database start(Path dataDirectory, int port) {
        String configured = System.getenv("DB_URL");
        if (configured != null && !configured.isBlank()) {
            return new Database(null, null, configured, System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(dataDirectory, port);
        Database database = new Database(embedded, dataDirectory, embedded.jdbcUrl().replaceAll("\\?.*$", ""), EmbeddedDatabase.USER, "");
        for (Service service : Service.values()) {
            if (service.schema() != null) {
                database.createRoleAndSchema(service.schema());
            }
        }
        return database;
    }

    /** Stops the embedded server and starts it again on the same data and port, as an operator's restart would. */
    public void restart() {
        if (embedded == null) {
            throw new IllegalStateException("Only the embedded server is restarted from here");
        }
        int port = embedded.port();
        embedded.close();
        embedded = EmbeddedDatabase.start(dataDirectory, port);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String url() {
        return url;
    }

    /** The user a service connects as: its own role on the embedded server, else the configured one. */
    public String user(Service service) {
        return isEmbedded() ? service.schema() : adminUser;
    }

    public String password(Service service) {
        return isEmbedded() ? service.schema() : adminPassword;
    }


    private void createRoleAndSchema(String name) {
        execute("""
                do $$ begin
                  if not exists (select from pg_roles where rolname = '%1$s') then
                    create role %1$s login password '%1$s';
                  end if;
                end $$;
                create schema if not exists %1$s authorization %1$s;
                alter role %1$s set search_path = %1$s;
                """.formatted(name));
    }

    /** Dumps the three schemas into {@code file} with {@code scripts/backup}, as an operator would. */
    public void backup(Path projectRoot, Path file) {
        script(projectRoot, "scripts/backup", file);
    }

    /** Restores a dump of {@code scripts/backup} with {@code scripts/restore}; no service may be running on this server. */
    public void restore(Path projectRoot, Path file) {
        script(projectRoot, "scripts/restore", file);
    }

    private void script(Path projectRoot, String script, Path file) {
        ProcessBuilder process = new ProcessBuilder(projectRoot.resolve(script).toString(), file.toString())
                .directory(projectRoot.toFile()).inheritIO();
        process.environment().put("DB_URL", url);
        process.environment().put("DB_USER", adminUser);
        process.environment().put("DB_PASSWORD", adminPassword == null ? "" : adminPassword);
        try {
            int exit = process.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(script + " " + file + " exited with " + exit);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not run " + script, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + script, e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(url, adminUser, adminPassword);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
        }
    }
}
