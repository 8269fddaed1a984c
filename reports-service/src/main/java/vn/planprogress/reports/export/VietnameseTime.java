package vn.planprogress.reports.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How the CSV, the DOCX and the PDF write dates and times: in the business zone, as Vietnamese
 * officials read them (02/12/2026 02:07; ngày 02 tháng 12 năm 2026). The JSON keeps ISO-8601.
 */
public final class VietnameseTime {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private VietnameseTime() {
    }

    /** {@code 02/12/2026}. */
    public static String date(LocalDate date) {
        return date.format(DATE);
    }

    /** {@code 02/12/2026 02:07}: the instant's minute in the business zone (for tables). */
    public static String dateTime(Instant at, ZoneId zone) {
        return at.atZone(zone).format(DATE_TIME);
    }

    /** {@code 2 giờ 07 ngày 02/12/2026}: the same minute in a sentence. */
    public static String inWords(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        return String.format("%d giờ %02d ngày %s", local.getHour(), local.getMinute(), date(local.toLocalDate()));
    }

    /**
     * {@code ngày 02 tháng 12 năm 2026}, as the date line of Nghị định 30/2020 writes it: a zero before
     * days under 10 and before the months January and February only.
     */
    public static String longDate(LocalDate date) {
        String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : String.valueOf(date.getDayOfMonth());
        String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày " + day + " tháng " + month + " năm " + date.getYear();
    }

    /** The document's date line: {@code Quảng Ngãi, ngày 05 tháng 02 năm 2022}. */
    public static String dateLine(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }
}
