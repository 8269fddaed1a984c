package vn.planprogress.plans.migration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import vn.planprogress.calendar.DeadlineRule;
import vn.planprogress.calendar.Period;
import vn.planprogress.calendar.PeriodType;
import vn.planprogress.calendar.WindowKind;

/**
 * Stored reporting rules say {@code daysAfterWindow} where they said {@code daysAfterPeriodEnd}:
 * every stored plan is a calendar plan, whose window is its period, so N days after the period's
 * end is N days after its window. A stored N outside 0 to 60 (the old range allowed -366 to 366)
 * becomes the dates it meant, the period's last day plus N for each period, so that no stored plan
 * changes meaning. In Java because the dates need the periods of the plan's year and type.
 */
public class V8__Reporting_days_after_window extends BaseJavaMigration {

    private static final String OLD = "daysAfterPeriodEnd";

    @Override
    public void migrate(Context context) throws SQLException, IOException {
        ObjectMapper json = new ObjectMapper();
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             PreparedStatement update = connection.prepareStatement("update plan set reporting = ?::jsonb where id = ?")) {
            select.setFetchSize(50);
            try (ResultSet row = select.executeQuery("select id, year, reporting::text from plan where reporting::text like '%" + OLD + "%'")) {
                while (row.next()) {
                    JsonNode reporting = json.readTree(row.getString(3));
                    if (!(reporting instanceof ObjectNode rules) || !reporting.path("periodType").isTextual()) {
                        continue;
                    }
                    PeriodType type = PeriodType.valueOf(reporting.path("periodType").asText());
                    int year = row.getInt(2);
                    boolean changed = rewrite(rules, "unitDeadline", type, year) | rewrite(rules, "consolidatedDeadline", type, year);
                    if (changed) {
                        update.setString(1, json.writeValueAsString(rules));
                        update.setObject(2, row.getObject(1, UUID.class));
                        update.addBatch();
                    }
                }
            }
            update.executeBatch();
        }
    }

    /** Rewrites the rule {@code name} of {@code rules} when it is in the old form; whether it was. */
    static boolean rewrite(ObjectNode rules, String name, PeriodType type, int year) {
        if (!(rules.get(name) instanceof ObjectNode rule) || !rule.path(OLD).isInt()) {
            return false;
        }
        int days = rule.get(OLD).asInt();
        ObjectNode rewritten = rules.objectNode();
        if (days >= 0 && days <= DeadlineRule.MAX_DAYS) {
            rewritten.put("daysAfterWindow", days);
        } else {
            ObjectNode dates = rewritten.putObject("dates");
            for (Period period : type.periodsOf(year)) {
                dates.put(period.code(), period.window(WindowKind.CALENDAR).to().plusDays(days).toString());
            }
        }
        rules.set(name, rewritten);
        return true;
    }
}
