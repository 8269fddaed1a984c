package vn.planprogress.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.planprogress.reports.SubmissionsFake.Revision;
import vn.planprogress.reports.client.LockException;
import vn.planprogress.reports.client.PlanDigest;
import vn.planprogress.reports.client.Submission;

/**
 * A 2023 plan (12/KH-SNV) that reports quarterly, six-monthly and yearly on the cut-off windows of Nghị định
 * 09/2019 (plans/cut-off-digest.json, its dates worked by hand below), and its units' submissions.
 *
 * <pre>
 * period   window                   unit deadline                       locks after (deadline + 10)
 * 2023-Q1  15/12/2022 - 14/03/2023  16/03 (2 working days: Wed, Thu)    26/03
 * 2023-Q2  15/03 - 14/06            16/06 (Thu 15, Fri 16)              26/06
 * 2023-H1  15/12/2022 - 14/06       19/06 (5 days after the window)     29/06
 * 2023-Q3  15/06 - 14/09            18/09 (Fri 15, Mon 18)              28/09
 * 2023-Q4  15/09 - 14/12            18/12 (Fri 15, Mon 18)              28/12
 * 2023-H2  15/06 - 14/12            19/12                               29/12
 * 2023     15/12/2022 - 14/12       24/12 (10 days after the window)    03/01/2024
 *
 * task 1 (HCTH, CCHC; all year): its schedule overlaps every window: 7 periods x 2 units expected
 * task 2 (HCTH; 01/01 - 31/03): Q1, and Q2 (15/03 - 31/03 is in its window), H1, the year: 4 expected
 *                              (a calendar plan would expect Q1, H1 and the year only)
 * task 3 (CCHC; 15/12 - 31/12): after the year's window ends (14/12): expected in no period
 *
 * task 1  HCTH  Q1 16/03 09:00  TL 85, DVC 85, HS 200, TB 6, TG 14, TGN 14, KQ "Đã rà soát quy trình một cửa"   on time
 *               Q2 16/06 23:59:59  TL 92, DVC 92, HS 450, TB 12, TG 12, TGN 12, KQ "Đã triển khai ... 3 phòng" on time, at the last second
 *               H1 19/06 10:00  HS 450, TB 18 (the half's own figures)                                       on time
 *               Q3 18/09 08:00  HS 700, TB 9                                                                 on time
 *               Q4 18/12 08:00  HS 980, TB 10, DONE                                                          on time
 *               H2 19/12 08:00  HS 980, TB 19, DONE                                                          on time
 *               2023 22/12 08:00 HS 980, TB 37, DONE                                                         on time
 * task 1  CCHC  Q1 17/03 00:00:00  TL 80, DVC 80, HS 10, TB 2                                                late
 *               Q2 17/06 00:00:00  TL 90, DVC 90, HS 30, TB 3                                                late, one second after HCTH's
 *               Q3 02/10 09:00  HS 55, after Q3 locked (28/09), under lock exception E1                     late, E1 named
 *               H1, Q4, H2, 2023: nothing                                                                    missing
 * task 2  HCTH  Q1 15/03 09:00  IN_PROGRESS                                                                  on time
 *               Q2 03/07 10:00  DONE, after Q2 locked (26/06), under lock exception E2                      late, E2 named
 *               H1, 2023: nothing                                                                            missing
 * lock exceptions: E1 CCHC 2023-Q3 until 05/10; E2 HCTH 2023-Q2 until 05/07; E3 HCTH 2023-Q3 (not used: HCTH was on time)
 * </pre>
 */
public final class CutOffScenario {

    public static final UUID PLAN = UUID.fromString("5c2d7e10-2023-4c0f-9a11-0c07c0f2023a");
    public static final UUID E1 = UUID.fromString("e1000000-0000-4000-8000-000000000001");
    public static final UUID E2 = UUID.fromString("e2000000-0000-4000-8000-000000000002");
    public static final UUID E3 = UUID.fromString("e3000000-0000-4000-8000-000000000003");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private CutOffScenario() {
    }

    public static void record() {
        revision("1", "HCTH", "2023-Q1", "IN_PROGRESS", "2023-03-16T09:00:00+07:00", value("TL", 85), value("DVC", 85), value("HS", 200),
                value("TB", 6), value("TG", 14), value("TGN", 14), text("KQ", "Đã rà soát quy trình một cửa"));
        revision("1", "HCTH", "2023-Q2", "IN_PROGRESS", "2023-06-16T23:59:59+07:00", value("TL", 92), value("DVC", 92), value("HS", 450),
                value("TB", 12), value("TG", 12), value("TGN", 12), text("KQ", "Đã triển khai một cửa liên thông tại 3 phòng"));
        revision("1", "HCTH", "2023-H1", "IN_PROGRESS", "2023-06-19T10:00:00+07:00", value("HS", 450), value("TB", 18));
        revision("1", "HCTH", "2023-Q3", "IN_PROGRESS", "2023-09-18T08:00:00+07:00", value("HS", 700), value("TB", 9));
        revision("1", "HCTH", "2023-Q4", "DONE", "2023-12-18T08:00:00+07:00", value("HS", 980), value("TB", 10));
        revision("1", "HCTH", "2023-H2", "DONE", "2023-12-19T08:00:00+07:00", value("HS", 980), value("TB", 19));
        revision("1", "HCTH", "2023", "DONE", "2023-12-22T08:00:00+07:00", value("HS", 980), value("TB", 37));
        revision("1", "CCHC", "2023-Q1", "IN_PROGRESS", "2023-03-17T00:00:00+07:00", value("TL", 80), value("DVC", 80), value("HS", 10),
                value("TB", 2));
        revision("1", "CCHC", "2023-Q2", "IN_PROGRESS", "2023-06-17T00:00:00+07:00", value("TL", 90), value("DVC", 90), value("HS", 30),
                value("TB", 3));
        revision("1", "CCHC", "2023-Q3", "IN_PROGRESS", "2023-10-02T09:00:00+07:00", value("HS", 55));
        revision("2", "HCTH", "2023-Q1", "IN_PROGRESS", "2023-03-15T09:00:00+07:00");
        revision("2", "HCTH", "2023-Q2", "DONE", "2023-07-03T10:00:00+07:00");
    }

    /** The planner's lock exceptions on the plan, oldest first, as the plans service lists them. */
    public static List<Map<String, Object>> lockExceptions() {
        return List.of(
                exception(E1, "CCHC", "2023-Q3", "2023-10-05", "Bổ sung số liệu quý III theo đề nghị của đơn vị", "2023-09-30T08:00:00+07:00"),
                exception(E2, "HCTH", "2023-Q2", "2023-07-05", "Bổ sung số liệu quý II theo đề nghị của đơn vị", "2023-07-01T08:00:00+07:00"),
                exception(E3, "HCTH", "2023-Q3", "2023-10-05", "Điều chỉnh số liệu quý III", "2023-10-01T08:00:00+07:00"));
    }

    /** The plan's digest as the plans service states it. */
    public static Map<String, Object> digestJson() {
        try (InputStream in = CutOffScenario.class.getResourceAsStream("/plans/cut-off-digest.json")) {
            return JSON.readValue(in, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDigest digest() {
        return JSON.convertValue(digestJson(), PlanDigest.class);
    }

    public static List<LockException> lockExceptionList() {
        return lockExceptions().stream().map(e -> JSON.convertValue(e, LockException.class)).toList();
    }

    /** The submissions of the scenario as the progress service states them at {@code asOf} (of one period, or all). */
    public static List<Submission> submissionsAsOf(String period, Instant asOf) {
        SubmissionsFake.clear();
        record();
        List<Submission> submissions = SubmissionsFake.asOf(PLAN.toString(), period, asOf).stream()
                .map(item -> JSON.convertValue(item, Submission.class)).toList();
        SubmissionsFake.clear();
        return submissions;
    }

    @SafeVarargs
    private static void revision(String task, String unit, String period, String status, String at, Map<String, Object>... values) {
        SubmissionsFake.record(new Revision(PLAN, task, unit, period, status, List.of(values), null, null, false,
                OffsetDateTime.parse(at).toInstant()));
    }

    private static Map<String, Object> value(String indicator, int value) {
        return Map.of("indicatorCode", indicator, "value", value);
    }

    private static Map<String, Object> text(String indicator, String text) {
        return Map.of("indicatorCode", indicator, "text", text);
    }

    private static Map<String, Object> exception(UUID id, String unit, String period, String until, String reason, String createdAt) {
        Map<String, Object> exception = new LinkedHashMap<>();
        exception.put("id", id.toString());
        exception.put("planId", PLAN.toString());
        exception.put("unitCode", unit);
        exception.put("period", period);
        exception.put("until", until);
        exception.put("reason", reason);
        exception.put("createdBy", "planner@dev");
        exception.put("createdAt", OffsetDateTime.parse(createdAt).toInstant().toString());
        return exception;
    }
}
