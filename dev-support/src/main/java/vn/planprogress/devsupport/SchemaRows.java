package vn.planprogress.devsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The rows of a service's schema in its tests: emptied before a test, counted before and after a
 * refused request (equal counts: nothing was written).
 */
public final class SchemaRows {

    private final DataSource dataSource;
    private final List<String> tables;

    public SchemaRows(DataSource dataSource, String... tables) {
        this.dataSource = dataSource;
        this.tables = List.of(tables);
    }

    public void truncate() {
        execute("truncate " + String.join(", ", tables) + " cascade");
    }

    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables) {
            counts.put(table, count("select count(*) from " + table));
        }
        return counts;
    }

    public long count(String query) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(query + ": " + e.getMessage(), e);
        }
    }

    public void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
