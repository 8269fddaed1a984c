package vn.planprogress.benchmarks.reports;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The floor: the same report figures as one database would compute them in plain SQL over the raw
 * rows (every revision), with no services in between: completeness and timeliness with the missing
 * units, achieved values per indicator and part against their targets, and tasks by status.
 */
final class SqlFloor implements AutoCloseable {

    private static final String COMPLETENESS = """
            with expected as (
                select t.plan_id, t.code as task_code, tu.unit_code, p.period, p.unit_deadline
                from bench.task t
                join bench.task_unit tu on tu.plan_id = t.plan_id and tu.task_code = t.code and tu.lead
                join bench.period p on p.plan_id = t.plan_id and t.effective_from <= p.to_date and t.effective_to >= p.from_date
                where t.plan_id = any(?)),
            first as (
                select plan_id, task_code, unit_code, period, min(submitted_at) as first_at
                from bench.revision where plan_id = any(?) and submitted_at <= ?
                group by plan_id, task_code, unit_code, period)
            select e.plan_id, count(*) as expected, count(f.first_at) as received,
                   count(*) filter (where f.first_at < (e.unit_deadline + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh') as on_time,
                   count(*) filter (where f.first_at >= (e.unit_deadline + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh') as late,
                   count(*) filter (where f.first_at is null) as missing,
                   array_agg(distinct e.unit_code) filter (where f.first_at is null) as missing_units
            from expected e left join first f using (plan_id, task_code, unit_code, period)
            group by e.plan_id""";

    private static final String ACHIEVED = """
            with latest as (
                select distinct on (plan_id, task_code, unit_code, period) plan_id, task_code, unit_code, period, revision
                from bench.revision where plan_id = any(?) and submitted_at <= ?
                order by plan_id, task_code, unit_code, period, submitted_at desc),
            sums as (
                select v.plan_id, v.task_code, v.indicator_code, v.part_code, sum(v.value) as achieved
                from latest l
                join bench.revision_value v using (plan_id, task_code, unit_code, period, revision)
                join bench.task_unit tu on tu.plan_id = l.plan_id and tu.task_code = l.task_code and tu.unit_code = l.unit_code
                group by v.plan_id, v.task_code, v.indicator_code, v.part_code)
            select i.plan_id, i.task_code, i.indicator_code, i.part_code, i.target, coalesce(s.achieved, 0) as achieved,
                   round(coalesce(s.achieved, 0) * 100 / nullif(i.target, 0), 2) as percent
            from bench.indicator i left join sums s using (plan_id, task_code, indicator_code, part_code)
            where i.plan_id = any(?)""";

    private static final String STATUSES = """
            with latest as (
                select distinct on (plan_id, task_code, unit_code) plan_id, task_code, unit_code, status
                from bench.revision where plan_id = any(?) and submitted_at <= ?
                order by plan_id, task_code, unit_code, period desc, submitted_at desc),
            tasks as (
                select t.plan_id, t.code,
                       case when bool_and(l.status is not distinct from 'DONE') then 'DONE'
                            when t.effective_to < ? then 'OVERDUE'
                            when bool_or(l.status in ('IN_PROGRESS', 'DONE')) then 'IN_PROGRESS'
                            else 'NOT_STARTED' end as status
                from bench.task t
                join bench.task_unit tu on tu.plan_id = t.plan_id and tu.task_code = t.code and tu.lead
                left join latest l on l.plan_id = tu.plan_id and l.task_code = tu.task_code and l.unit_code = tu.unit_code
                where t.plan_id = any(?)
                group by t.plan_id, t.code, t.effective_to)
            select plan_id, status, count(*) from tasks group by plan_id, status""";

    private final Connection connection;

    SqlFloor(String jdbcUrl, String user) throws SQLException {
        connection = DriverManager.getConnection(jdbcUrl, user, "");
    }

    /** Loads the data set's rows: plans' tasks, units, periods and indicators; every revision and its values. */
    long load(ProvinceDataSet data) throws SQLException, IOException {
        try (Statement s = connection.createStatement()) {
            s.execute("drop schema if exists bench cascade; create schema bench");
            s.execute("create table bench.task (plan_id uuid, code text, effective_from date, effective_to date, primary key (plan_id, code))");
            s.execute("create table bench.task_unit (plan_id uuid, task_code text, unit_code text, lead boolean)");
            s.execute("create table bench.period (plan_id uuid, period text, from_date date, to_date date, unit_deadline date)");
            s.execute("create table bench.indicator (plan_id uuid, task_code text, indicator_code text, part_code text, target numeric)");
            // part_code is '' for an indicator without parts, so that every join is an equi-join.
            s.execute("create table bench.revision (plan_id uuid, task_code text, unit_code text, period text, revision int, "
                    + "status text, submitted_at timestamptz)");
            s.execute("create table bench.revision_value (plan_id uuid, task_code text, unit_code text, period text, revision int, "
                    + "indicator_code text, part_code text, value numeric)");
        }
        StringBuilder tasks = new StringBuilder();
        StringBuilder units = new StringBuilder();
        StringBuilder periods = new StringBuilder();
        StringBuilder indicators = new StringBuilder();
        for (ProvinceDataSet.Plan plan : data.plans) {
            for (int q = 0; q < 4; q++) {
                periods.append(plan.id()).append('\t').append(ProvinceDataSet.PERIODS[q]).append('\t').append(ProvinceDataSet.PERIOD_FROM[q])
                        .append('\t').append(ProvinceDataSet.PERIOD_TO[q]).append('\t').append(ProvinceDataSet.unitDeadline(q)).append('\n');
            }
            for (ProvinceDataSet.Task task : plan.tasks()) {
                tasks.append(plan.id()).append('\t').append(task.code()).append('\t').append(ProvinceDataSet.PERIOD_FROM[task.fromQuarter()])
                        .append('\t').append(ProvinceDataSet.PERIOD_TO[task.toQuarter()]).append('\n');
                task.leads().forEach(u -> units.append(plan.id()).append('\t').append(task.code()).append('\t').append(u).append("\tt\n"));
                task.coordinating().forEach(u -> units.append(plan.id()).append('\t').append(task.code()).append('\t').append(u).append("\tf\n"));
                indicators.append(plan.id()).append('\t').append(task.code()).append("\tBT\t\t6\n");
                indicators.append(plan.id()).append('\t').append(task.code()).append("\tCM\tA\t12\n");
                indicators.append(plan.id()).append('\t').append(task.code()).append("\tCM\tB\t12\n");
            }
        }
        StringBuilder revisions = new StringBuilder();
        StringBuilder values = new StringBuilder();
        for (ProvinceDataSet.Revision r : data.revisions) {
            String key = r.planId() + "\t" + r.task() + "\t" + r.unit() + "\t" + ProvinceDataSet.PERIODS[r.quarter()] + "\t" + r.revision();
            revisions.append(key).append('\t').append(r.status()).append('\t').append(r.submittedAt()).append('\n');
            values.append(key).append("\tBT\t\t").append(r.bulletins()).append('\n');
            values.append(key).append("\tCM\tA\t").append(r.partA()).append('\n');
            values.append(key).append("\tCM\tB\t").append(r.partB()).append('\n');
        }
        copy("bench.task", tasks);
        copy("bench.task_unit", units);
        copy("bench.period", periods);
        copy("bench.indicator", indicators);
        copy("bench.revision", revisions);
        copy("bench.revision_value", values);
        try (Statement s = connection.createStatement()) {
            s.execute("create index on bench.task_unit (plan_id, task_code, unit_code)");
            s.execute("create index on bench.revision (plan_id, task_code, unit_code, period, submitted_at)");
            s.execute("create index on bench.revision_value (plan_id, task_code, unit_code, period, revision)");
            s.execute("create index on bench.indicator (plan_id, task_code)");
            s.execute("analyze");
        }
        return data.revisions.size();
    }

    private void copy(String table, StringBuilder rows) throws SQLException, IOException {
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
    }

    /** Runs the three queries over these plans; returns the rows they gave, so that nothing is optimised away. */
    long report(List<UUID> planIds, Instant asOf) throws SQLException {
        Array plans = connection.createArrayOf("uuid", planIds.toArray());
        Timestamp at = Timestamp.from(asOf);
        long rows = 0;
        rows += rows(COMPLETENESS, plans, plans, at);
        rows += rows(ACHIEVED, plans, at, plans);
        rows += rows(STATUSES, plans, at, java.sql.Date.valueOf(LocalDate.ofInstant(asOf, ProvinceDataSet.ZONE)), plans);
        return rows;
    }

    /** Expected, received, on time, late and missing of one plan, to check the service's figures against. */
    long[] completeness(UUID planId, Instant asOf) throws SQLException {
        Array plans = connection.createArrayOf("uuid", new Object[] {planId});
        try (PreparedStatement statement = connection.prepareStatement(COMPLETENESS)) {
            statement.setObject(1, plans);
            statement.setObject(2, plans);
            statement.setObject(3, Timestamp.from(asOf));
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new long[] {result.getLong(2), result.getLong(3), result.getLong(4), result.getLong(5), result.getLong(6)};
            }
        }
    }

    private long rows(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            long rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows++;
                }
            }
            return rows;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
