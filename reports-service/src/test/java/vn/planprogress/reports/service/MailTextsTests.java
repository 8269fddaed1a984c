package vn.planprogress.reports.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.planprogress.reports.api.Completeness;
import vn.planprogress.reports.client.PlanDigest;

/** The reminder's Vietnamese text: the deadline as dd/MM/yyyy, the days left, every task owed by its title. */
class MailTextsTests {

    private static final ZoneId HCM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final PlanDigest PLAN = new PlanDigest(null, "12/KH-SNV", "Kế hoạch cải cách hành chính năm 2023", 2023, "SNV",
            "ISSUED", 1, "QUARTER", null, null, "VP", null, null, null, null, List.of(), List.of(),
            List.of(new PlanDigest.Task("1.1", "Rà soát thủ tục hành chính", List.of("P1"), List.of(), null, null,
                    LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), List.of())),
            List.of());
    private static final PlanDigest.Period Q2 = new PlanDigest.Period("2023-Q2", "QUARTER", LocalDate.of(2023, 4, 1),
            LocalDate.of(2023, 6, 30), LocalDate.of(2023, 6, 16), LocalDate.of(2023, 6, 20), null, null);

    @Test
    void theSubjectNamesThePlanThePeriodAndTheDeadline() {
        var text = MailTexts.reminder(PLAN, Q2, 3, owes("1.1"), Instant.parse("2023-06-13T00:00:00Z"), HCM);

        assertEquals("Nhắc hạn báo cáo: Kế hoạch 12/KH-SNV, kỳ 2023-Q2, hạn ngày 16/06/2023", text.subject());
        assertTrue(text.body().contains("là ngày 16/06/2023 (còn 3 ngày).\nĐến 07:00 ngày 13/06/2023,"), text.body());
        assertTrue(text.body().contains("- Nhiệm vụ 1.1: Rà soát thủ tục hành chính\n"), text.body());
    }

    @Test
    void onTheDeadlineDayItSaysToday() {
        var text = MailTexts.reminder(PLAN, Q2, 0, owes("1.1"), Instant.parse("2023-06-16T00:00:00Z"), HCM);

        assertTrue(text.body().contains("là ngày 16/06/2023 (hôm nay)."), text.body());
    }

    private static Completeness.UnitSubmissions owes(String task) {
        return new Completeness.UnitSubmissions("P1", "Phòng Cải cách hành chính", List.of(new Completeness.TaskPeriod(task, "2023-Q2")));
    }
}
