package vn.planprogress.reports;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.planprogress.reports.SubmissionsFake.Revision;

/**
 * The units' submissions on the seed plan (annual period 2022, unit deadline 2022-11-10, i.e.
 * 2022-11-10T23:59:59 in Asia/Ho_Chi_Minh), revision by revision, as the tests compute reports on them.
 *
 * <pre>
 * III.1 TTUDDV  DONE         first 05/11                              on time
 * III.2 TTUDDV  IN_PROGRESS  first 10/11 23:59:59 (+07)               on time, at the last second
 * III.3 TTUDDV  IN_PROGRESS  first 08/11 BT 4, PT 12, TH 12, BAO 6   on time
 *                            corrected 11/11: BT 5, BAO 8             (a late correction: still on time)
 *                            corrected 13/11: BT 6, BAO 12            (after 12/11: not seen as of 12/11)
 * III.3 HCTH    (coordinating) 09/11 BAO 2                           not expected, but counted in CM
 * III.4 HCTH    DONE         first 11/11 09:00 (+07)                  late
 * III.4 TTUDDV  IN_PROGRESS  first 09/11                              on time
 * III.5 QLTC    nothing                                               missing
 * III.6 CCTDC   a draft 09/11, submitted 13/11                        missing as of 12/11, late as of 14/11
 * </pre>
 */
public final class SeedScenario {

    public static final UUID PLAN = UUID.fromString(ServicesStub.SEED_PLAN_ID);

    private SeedScenario() {
    }

    public static void record() {
        revision("III.1", "TTUDDV", "DONE", List.of(), null, null, false, "2022-11-05T09:00:00+07:00");
        revision("III.2", "TTUDDV", "IN_PROGRESS", List.of(), null, null, false, "2022-11-10T23:59:59+07:00");
        revision("III.3", "TTUDDV", "IN_PROGRESS", bulletinsAndColumns(4, 6), "Kinh phí hạn chế", "Đề nghị bổ sung kinh phí",
                false, "2022-11-08T09:15:00+07:00");
        revision("III.3", "TTUDDV", "IN_PROGRESS", bulletinsAndColumns(5, 8), "Kinh phí hạn chế", "Đề nghị bổ sung kinh phí",
                false, "2022-11-11T08:00:00+07:00");
        revision("III.3", "TTUDDV", "DONE", bulletinsAndColumns(6, 12), "Kinh phí hạn chế", "Đề nghị bổ sung kinh phí",
                false, "2022-11-13T08:00:00+07:00");
        revision("III.3", "HCTH", "IN_PROGRESS", List.of(value("CM", "BAO", 2)), null, null, false, "2022-11-09T10:00:00+07:00");
        revision("III.4", "HCTH", "DONE", List.of(), "Thiếu địa điểm tổ chức hội thảo ngày 18/5", null, false,
                "2022-11-11T09:00:00+07:00");
        revision("III.4", "TTUDDV", "IN_PROGRESS", List.of(), null, "Đề nghị tổ chức lại vào quý IV", false,
                "2022-11-09T15:00:00+07:00");
        revision("III.6", "CCTDC", "IN_PROGRESS", List.of(), null, null, true, "2022-11-09T08:00:00+07:00");
        revision("III.6", "CCTDC", "IN_PROGRESS", List.of(), null, null, false, "2022-11-13T09:00:00+07:00");
    }

    public static void revision(String task, String unit, String status, List<Map<String, Object>> values, String difficulties,
                                String proposals, boolean draft, String submittedAt) {
        SubmissionsFake.record(new Revision(PLAN, task, unit, "2022", status, values, difficulties, proposals, draft, at(submittedAt)));
    }

    /** BT bulletins, and the 36 columns: 12 radio, 12 television, {@code newspaper} in the newspaper. */
    private static List<Map<String, Object>> bulletinsAndColumns(int bulletins, int newspaper) {
        return List.of(value("BT", null, bulletins), value("CM", "PT", 12), value("CM", "TH", 12), value("CM", "BAO", newspaper));
    }

    public static Map<String, Object> value(String indicator, String part, int value) {
        return part == null ? Map.of("indicatorCode", indicator, "value", value)
                : Map.of("indicatorCode", indicator, "partCode", part, "value", value);
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
