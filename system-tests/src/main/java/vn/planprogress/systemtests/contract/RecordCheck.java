package vn.planprogress.systemtests.contract;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * After a run, the database holds exactly what the accepted requests created: the units, plans,
 * submissions and snapshots of before, plus those created, less those removed; one revision per
 * accepted submission and correction, one review per accepted decision, the tasks each plan's last
 * accepted write left; and nothing half-written (revisions numbered 1..n up to the submission's
 * revision, a kept version for each issue and amendment).
 */
public final class RecordCheck {

    private RecordCheck() {
    }


    private static final ObjectMapper JSON = new ObjectMapper();
    /** The embedded server's superuser: the check reads every service's schema. */
    private static final String USER = "postgres";
    private static final Map<String, String> KEYS = Map.of(
            "unit", "select code from plans.unit",
            "plan", "select id::text from plans.plan",
            "submission", "select id::text from progress.submission",
            "snapshot", "select id::text from reports.report_snapshot where kind = 'ON_DEMAND'");

    /** What the database holds, as far as the check is concerned. */
    public record Records(Map<String, Set<String>> keys, Map<String, Integer> revisions, Map<String, Integer> reviews,
                   Map<String, Integer> tasks) {
    }

    /** What the database holds now. */
    public static Records read(String url) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, USER, "")) {
            return read(db);
        }
    }

    /** The differences between what the database holds and what the accepted requests made; empty when none. */
    public static List<String> verify(String url, Records before, Ledger ledger) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, USER, "")) {
            Records after = read(db);
            List<String> differences = new ArrayList<>();
            compare(before, after, JSON.convertValue(ledger.asMap(), new TypeReference<Map<String, Object>>() { }), differences);
            differences.addAll(halfWritten(db));
            System.out.println("records: " + counts(after) + "; " + ledger.writesAccepted + " accepted writes; differences="
                    + differences.size());
            return differences;
        }
    }

    @SuppressWarnings("unchecked")
    private static void compare(Records before, Records after, Map<String, Object> ledger, List<String> differences) {
        Map<String, List<String>> created = (Map<String, List<String>>) ledger.get("created");
        Map<String, List<String>> removed = (Map<String, List<String>>) ledger.get("removed");
        for (String kind : KEYS.keySet()) {
            Set<String> expected = new TreeSet<>(before.keys.getOrDefault(kind, Set.of()));
            expected.addAll(created.getOrDefault(kind, List.of()));
            removed.getOrDefault(kind, List.of()).forEach(expected::remove);
            Set<String> actual = after.keys.getOrDefault(kind, Set.of());
            for (String key : expected) {
                if (!actual.contains(key)) {
                    differences.add(kind + " " + key + ": created by an accepted request, but not in the database");
                }
            }
            for (String key : actual) {
                if (!expected.contains(key)) {
                    differences.add(kind + " " + key + ": in the database, but no accepted request created it");
                }
            }
        }
        Map<String, Integer> corrections = (Map<String, Integer>) ledger.get("corrections");
        Set<String> newSubmissions = new TreeSet<>(created.getOrDefault("submission", List.of()));
        for (Map.Entry<String, Integer> submission : after.revisions.entrySet()) {
            int expected = before.revisions.getOrDefault(submission.getKey(), newSubmissions.contains(submission.getKey()) ? 1 : 0)
                    + corrections.getOrDefault(submission.getKey(), 0);
            if (submission.getValue() != expected) {
                differences.add("submission " + submission.getKey() + ": " + submission.getValue() + " revisions, accepted requests made "
                        + expected);
            }
        }
        Map<String, Integer> reviews = (Map<String, Integer>) ledger.get("reviews");
        Set<String> reviewed = new TreeSet<>(after.reviews.keySet());
        reviewed.addAll(reviews.keySet());
        for (String submission : reviewed) {
            int expected = before.reviews.getOrDefault(submission, 0) + reviews.getOrDefault(submission, 0);
            int actual = after.reviews.getOrDefault(submission, 0);
            if (actual != expected) {
                differences.add("submission " + submission + ": " + actual + " reviews, accepted requests made " + expected);
            }
        }
        Map<String, Integer> tasks = (Map<String, Integer>) ledger.get("tasks");
        for (Map.Entry<String, Integer> plan : tasks.entrySet()) {
            int actual = after.tasks.getOrDefault(plan.getKey(), 0);
            if (after.keys.get("plan").contains(plan.getKey()) && actual != plan.getValue()) {
                differences.add("plan " + plan.getKey() + ": " + actual + " tasks, its last accepted write left " + plan.getValue());
            }
        }
    }

    private static List<String> halfWritten(Connection db) throws SQLException {
        List<String> found = new ArrayList<>();
        query(db, """
                select s.id::text, s.revision, count(r.number), coalesce(max(r.number), 0)
                from progress.submission s left join progress.revision r on r.submission_id = s.id
                group by s.id, s.revision having count(r.number) <> s.revision or coalesce(max(r.number), 0) <> s.revision""",
                row -> found.add("submission " + row.getString(1) + " is at revision " + row.getInt(2) + " but has "
                        + row.getInt(3) + " revisions numbered up to " + row.getInt(4)));
        query(db, """
                select p.id::text, p.status, p.amendment, count(v.amendment)
                from plans.plan p left join plans.plan_version v on v.plan_id = p.id
                group by p.id, p.status, p.amendment
                having (p.status = 'DRAFT' and count(v.amendment) <> 0) or (p.status <> 'DRAFT' and count(v.amendment) <> p.amendment + 1)""",
                row -> found.add("plan " + row.getString(1) + " is " + row.getString(2) + " at amendment " + row.getInt(3)
                        + " but keeps " + row.getInt(4) + " versions"));
        query(db, "select p.id::text from plans.plan p where not exists (select 1 from plans.task t where t.plan_id = p.id)",
                row -> found.add("plan " + row.getString(1) + " has no task"));
        return found;
    }

    private static Records read(Connection db) throws SQLException {
        Map<String, Set<String>> keys = new TreeMap<>();
        for (Map.Entry<String, String> kind : KEYS.entrySet()) {
            Set<String> found = new TreeSet<>();
            query(db, kind.getValue(), row -> found.add(row.getString(1)));
            keys.put(kind.getKey(), found);
        }
        return new Records(keys,
                counted(db, "select submission_id::text, count(*) from progress.revision group by submission_id"),
                counted(db, "select submission_id::text, count(*) from progress.review group by submission_id"),
                counted(db, "select plan_id::text, count(*) from plans.task group by plan_id"));
    }

    private static Map<String, Integer> counted(Connection db, String sql) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        query(db, sql, row -> counts.put(row.getString(1), row.getInt(2)));
        return counts;
    }

    private static String counts(Records records) {
        StringBuilder text = new StringBuilder();
        records.keys.forEach((kind, keys) -> text.append(kind).append("s ").append(keys.size()).append(", "));
        text.append("revisions ").append(records.revisions.values().stream().mapToInt(Integer::intValue).sum())
                .append(", reviews ").append(records.reviews.values().stream().mapToInt(Integer::intValue).sum())
                .append(", tasks ").append(records.tasks.values().stream().mapToInt(Integer::intValue).sum());
        return text.toString();
    }

    private interface Row {
        void accept(ResultSet row) throws SQLException;
    }

    private static void query(Connection db, String sql, Row each) throws SQLException {
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                each.accept(rows);
            }
        }
    }
}
