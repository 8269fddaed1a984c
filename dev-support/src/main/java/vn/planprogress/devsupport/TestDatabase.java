package vn.planprogress.devsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The database of a service's tests: the server named by {@code DB_URL} (or
 * {@code QUARKUS_DATASOURCE_JDBC_URL}) when one is configured, else one embedded PostgreSQL per
 * test JVM. Always a real PostgreSQL, never an in-memory stand-in.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase embedded;

    @Override
    public synchronized Map<String, String> start() {
        if (configuredUrl() != null) {
            return Map.of();
        }
        if (embedded == null) {
            embedded = EmbeddedDatabase.startTemporary();
            Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "embedded-postgres-stop"));
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // The server outlives each test class: it is stopped with the JVM.
    }

    private static String configuredUrl() {
        String url = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return url != null && !url.isBlank() ? url : blankToNull(System.getenv("DB_URL"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
