package vn.planprogress.benchmarks.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A province-scale data set, generated the same for the same scale: 30 departments, each with a
 * quarterly plan of 200 × scale tasks (2 indicators each, one broken into 2 parts) over 10 units,
 * lead units (one, sometimes two) and two coordinating units per task; about 3 revisions per submission,
 * most first sent before the unit deadline, some after, some never.
 */
final class ProvinceDataSet {

    static final String PARENT_PLAN = "34/KH-UBND";
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int DEPARTMENTS = 30;
    static final int UNITS = 10;
    static final String[] PERIODS = {"2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4"};
    static final LocalDate[] PERIOD_FROM = {LocalDate.of(2022, 1, 1), LocalDate.of(2022, 4, 1), LocalDate.of(2022, 7, 1), LocalDate.of(2022, 10, 1)};
    static final LocalDate[] PERIOD_TO = {LocalDate.of(2022, 3, 31), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 9, 30), LocalDate.of(2022, 12, 31)};
    static final String[] STATUSES = {"NOT_STARTED", "IN_PROGRESS", "DONE"};

    record Task(String code, List<String> leads, List<String> coordinating, int fromQuarter, int toQuarter) {
    }

    record Plan(UUID id, String number, String owner, List<String> units, List<Task> tasks) {
    }

    /** One revision of a submission, with the indicator values it states: BT, then CM's parts A and B. */
    record Revision(UUID planId, String task, String unit, int quarter, int revision, String status, Instant submittedAt,
                    int bulletins, int partA, int partB) {
    }

    final int scale;
    final List<Plan> plans = new ArrayList<>();
    final List<Revision> revisions = new ArrayList<>();

    ProvinceDataSet(int scale) {
        this.scale = scale;
        Random random = new Random(20221112L + scale);
        for (int d = 1; d <= DEPARTMENTS; d++) {
            String owner = String.format("S%02d", d);
            List<String> units = new ArrayList<>();
            for (int u = 1; u <= UNITS; u++) {
                units.add(owner + "U" + u);
            }
            List<Task> tasks = new ArrayList<>();
            for (int t = 1; t <= 200 * scale; t++) {
                List<String> shuffled = new ArrayList<>(units);
                java.util.Collections.shuffle(shuffled, random);
                int leads = random.nextInt(5) == 0 ? 2 : 1;
                int from = random.nextInt(4);
                int to = from + random.nextInt(4 - from);
                tasks.add(new Task("T" + t, List.copyOf(shuffled.subList(0, leads)), List.copyOf(shuffled.subList(leads, leads + 2)), from, to));
            }
            Plan plan = new Plan(UUID.nameUUIDFromBytes((owner + scale).getBytes()), d + "/KH-" + owner, owner, units, tasks);
            plans.add(plan);
            for (Task task : tasks) {
                for (int q = task.fromQuarter(); q <= task.toQuarter(); q++) {
                    for (String unit : task.leads()) {
                        if (random.nextInt(10) < 9) {
                            revise(plan, task, unit, q, random);
                        }
                    }
                    for (String unit : task.coordinating()) {
                        if (random.nextInt(10) < 6) {
                            revise(plan, task, unit, q, random);
                        }
                    }
                }
            }
        }
    }

    private void revise(Plan plan, Task task, String unit, int quarter, Random random) {
        Instant deadlineEnd = unitDeadline(quarter).plusDays(1).atStartOfDay(ZONE).toInstant();
        // Four in five first sent in the 20 days before the deadline ends, the others up to 10 days after.
        Instant first = random.nextInt(5) < 4 ? deadlineEnd.minusSeconds(1 + random.nextInt(20 * 86_400))
                : deadlineEnd.plusSeconds(random.nextInt(10 * 86_400));
        int count = 1 + random.nextInt(5);
        Instant at = first;
        for (int r = 1; r <= count; r++) {
            revisions.add(new Revision(plan.id(), task.code(), unit, quarter, r, STATUSES[random.nextInt(3)], at,
                    random.nextInt(4), random.nextInt(4), random.nextInt(4)));
            at = at.plusSeconds(3_600 + random.nextInt(3 * 86_400));
        }
    }

    static LocalDate unitDeadline(int quarter) {
        return PERIOD_TO[quarter].plusDays(10);
    }

    /** The digest the plans service would give for the plan. */
    static Map<String, Object> digest(Plan plan) {
        Map<String, Object> digest = new LinkedHashMap<>();
        digest.put("planId", plan.id());
        digest.put("number", plan.number());
        digest.put("title", "Kế hoạch tuyên truyền cải cách hành chính năm 2022 của " + plan.owner());
        digest.put("year", 2022);
        digest.put("ownerUnit", plan.owner());
        digest.put("status", "ISSUED");
        digest.put("amendment", 0);
        digest.put("version", 1);
        digest.put("periodType", "QUARTERLY");
        digest.put("consolidationUnit", plan.units().get(0));
        digest.put("parentPlanRef", Map.of("number", PARENT_PLAN, "date", "2022-03-03", "issuer", "UBND tỉnh"));
        digest.put("signer", Map.of("title", "GIÁM ĐỐC", "name", "Nguyễn Văn A"));
        digest.put("recipients", List.of("UBND tỉnh (b/cáo)", "Lưu: VT"));
        List<Map<String, Object>> periods = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            periods.add(Map.of("period", PERIODS[q], "from", PERIOD_FROM[q].toString(), "to", PERIOD_TO[q].toString(),
                    "unitDeadline", unitDeadline(q).toString()));
        }
        digest.put("periods", periods);
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Task task : plan.tasks()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("code", task.code());
            t.put("title", "Nhiệm vụ tuyên truyền " + task.code());
            t.put("leadUnits", task.leads());
            t.put("coordinatingUnits", task.coordinating());
            t.put("scheduleKind", "QUARTERS");
            t.put("scheduleLabel", "Quý " + (task.fromQuarter() + 1) + " - " + (task.toQuarter() + 1) + "/2022");
            t.put("effectiveFrom", PERIOD_FROM[task.fromQuarter()].toString());
            t.put("effectiveTo", PERIOD_TO[task.toQuarter()].toString());
            t.put("indicators", List.of(
                    Map.of("code", "BT", "name", "Bản tin", "unitOfMeasure", "bản tin", "target", 6, "parts", List.of()),
                    Map.of("code", "CM", "name", "Chuyên mục", "unitOfMeasure", "chuyên mục", "target", 24, "parts", List.of(
                            Map.of("code", "A", "name", "Phát thanh", "target", 12), Map.of("code", "B", "name", "Truyền hình", "target", 12)))));
            tasks.add(t);
        }
        digest.put("tasks", tasks);
        List<Map<String, Object>> units = new ArrayList<>();
        units.add(Map.of("code", plan.owner(), "name", "Sở " + plan.owner(), "kind", "DEPARTMENT", "parentCode", "UBND"));
        for (String unit : plan.units()) {
            units.add(Map.of("code", unit, "name", "Phòng " + unit, "kind", "DIVISION", "parentCode", plan.owner()));
        }
        digest.put("units", units);
        return digest;
    }
}
