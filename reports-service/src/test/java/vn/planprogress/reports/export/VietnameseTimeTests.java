package vn.planprogress.reports.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dates and times in the CSV, the DOCX and the PDF: the business zone's, written as officials read them. */
class VietnameseTimeTests {

    private static final ZoneId HO_CHI_MINH = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void anInstantIsItsMinuteInTheBusinessZoneDayFirst() {
        Instant lateEvening = Instant.parse("2026-12-01T19:07:03.952172494Z");

        assertEquals("02/12/2026 02:07", VietnameseTime.dateTime(lateEvening, HO_CHI_MINH));
        assertEquals("01/12/2026 19:07", VietnameseTime.dateTime(lateEvening, ZoneId.of("UTC")));
    }

    @Test
    void aSentenceSaysTheHourInWords() {
        assertEquals("2 giờ 07 ngày 02/12/2026", VietnameseTime.inWords(Instant.parse("2026-12-01T19:07:59Z"), HO_CHI_MINH));
        assertEquals("10 giờ 00 ngày 12/11/2022", VietnameseTime.inWords(Instant.parse("2022-11-12T03:00:00Z"), HO_CHI_MINH));
    }

    @Test
    void aDateHasTwoDigitDaysAndMonths() {
        assertEquals("05/02/2022", VietnameseTime.date(LocalDate.of(2022, 2, 5)));
        assertEquals("10/11/2022", VietnameseTime.date(LocalDate.of(2022, 11, 10)));
    }

    @Test
    void theLongDateFollowsNghiDinh30() {
        assertEquals("ngày 02 tháng 12 năm 2026", VietnameseTime.longDate(LocalDate.of(2026, 12, 2)));
        assertEquals("ngày 05 tháng 02 năm 2022", VietnameseTime.longDate(LocalDate.of(2022, 2, 5)));
        assertEquals("ngày 15 tháng 3 năm 2022", VietnameseTime.longDate(LocalDate.of(2022, 3, 15)));
        assertEquals("Quảng Ngãi, ngày 12 tháng 11 năm 2022", VietnameseTime.dateLine("Quảng Ngãi", LocalDate.of(2022, 11, 12)));
    }
}
