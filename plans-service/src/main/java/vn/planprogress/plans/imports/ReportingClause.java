package vn.planprogress.plans.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plan's reporting clause as the document states it, before it meets today's reporting rules: the
 * kinds of period reported on, the units' and the consolidated deadline each in its own words' form, the
 * unit that consolidates, whom the department reports to and through whom, and whether its figures
 * are counted on the cut-off windows of Nghị định 09/2019 ({@code cutOff}). {@link ReportingMapping}
 * says what of it a plan can hold.
 */
record ReportingClause(Set<Period> periods, boolean cutOff, Deadline unitDeadline, Deadline consolidatedDeadline, String consolidationUnit,
        String consolidationName, String recipient, String recipientName, String via, String viaName, String note, String text,
        SourceRef source) {

    /** The periods plans report on (the reporting-regime work names the same). */
    enum Period {
        MONTHLY, QUARTERLY, SEMIANNUAL, NINE_MONTHS, ANNUAL
    }

    /** A deadline in one of the forms plans write. */
    sealed interface Deadline {
    }

    /** "trước ngày 10/11/2022". */
    record OnDate(LocalDate date) implements Deadline {
    }

    /** "chậm nhất 10 ngày sau khi kết thúc quý". */
    record DaysAfter(int days) implements Deadline {
    }

    /** "trong vòng 05 ngày làm việc kể từ ngày kết thúc kỳ báo cáo". */
    record WorkingDaysAfter(int days) implements Deadline {
    }

    /** "trước ngày 20 của tháng cuối quý": day D of the period's last month. */
    record DayOfLastMonth(int day) implements Deadline {
    }

    private static final Pattern ON_DATE = Pattern.compile("truoc ngay (\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern LAST_MONTH = Pattern.compile("truoc ngay (\\d{1,2})\\s+(?:cua\\s+)?(?:thang cuoi (?:quy|ky)|hang thang|cua thang|thang bao cao)");
    private static final Pattern WORKING_DAYS = Pattern.compile("(\\d{1,2}) ngay lam viec");
    private static final Pattern DAYS_AFTER = Pattern.compile("(\\d{1,2}) ngay (?:sau khi|ke tu ngay|ke tu khi) ket thuc");
    private static final String PERIOD_WORD = "(?:hang\\s+)?(?:6 thang|sau thang|9 thang|thang|quy|nam)";
    private static final Pattern PERIOD_LIST = Pattern.compile("(?:dinh ky|bao cao)\\s+(" + PERIOD_WORD + "(?:\\s*(?:,|va)\\s*" + PERIOD_WORD + ")*)\\b");
    /** "… gửi về Sở Thông tin và Truyền thông trước ngày …": the unit the units' reports go to. */
    private static final Pattern SENT_TO = Pattern.compile("\\bvề\\s+((?:Sở|Phòng|Văn phòng|Ban|Trung tâm|Chi cục)\\b[^(,;]*?)\\s*(?=trước|để|chậm nhất|trong vòng|[,;(]|$)");
    /** "số liệu tính từ ngày 15 của tháng trước kỳ báo cáo đến ngày 14 của tháng cuối kỳ": the cut-off windows, stated. */
    private static final Pattern CUT_OFF = Pattern.compile("(?:so lieu|thoi gian chot)[^.;]*?tu ngay 15\\b[^.;]*?den ngay 14\\b");
    /** Nghị định 09/2019/NĐ-CP named in a reporting clause: its windows are the cut-off ones. */
    private static final Pattern DECREE = Pattern.compile("nghi dinh (?:so )?09/2019");
    private static final Pattern VIA = Pattern.compile("\\(qua ([^)]+)\\)");
    private static final Pattern REPORT_TO = Pattern.compile("báo cáo\\s+((?:Chủ tịch |Thường trực |Giám đốc )?(?:UBND|Ủy ban|Uỷ ban|Bộ|Sở|Ban|HĐND|Tỉnh ủy|Tỉnh uỷ)[^(,;.]*?)\\s*(\\(qua [^)]+\\))?(?=\\s+(?:trước|chậm nhất|trong|định kỳ|theo|để)|[,;.]|$)");

    /** True for a sentence that states when something is reported. */
    static boolean states(String paragraph) {
        String f = Fold.keepingLength(paragraph);
        return CUT_OFF.matcher(f).find() || f.contains("bao cao") && (ON_DATE.matcher(f).find() || LAST_MONTH.matcher(f).find()
                || WORKING_DAYS.matcher(f).find() || DAYS_AFTER.matcher(f).find() || f.contains("dinh ky"));
    }

    static ReportingClause read(String text, SourceRef source, UnitCells units, String owner) {
        text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        String f = Fold.keepingLength(text);
        List<int[]> positions = new ArrayList<>();
        List<Deadline> deadlines = new ArrayList<>();
        find(ON_DATE, f, positions, deadlines, m -> new OnDate(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))));
        find(LAST_MONTH, f, positions, deadlines, m -> new DayOfLastMonth(Integer.parseInt(m.group(1))));
        find(WORKING_DAYS, f, positions, deadlines, m -> new WorkingDaysAfter(Integer.parseInt(m.group(1))));
        find(DAYS_AFTER, f, positions, deadlines, m -> new DaysAfter(Integer.parseInt(m.group(1))));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            order.add(i);
        }
        order.sort((a, b) -> Integer.compare(positions.get(a)[0], positions.get(b)[0]));
        Deadline unitDeadline = order.isEmpty() ? null : deadlines.get(order.get(0));
        Deadline consolidated = order.size() < 2 ? null : deadlines.get(order.get(1));
        int split = order.isEmpty() ? text.length() : Math.min(text.length(), positions.get(order.get(0))[1]);

        String toDepartment = text.substring(0, split);
        String onwards = text.substring(split);
        String consolidationName = null;
        String consolidation = null;
        Matcher via = VIA.matcher(toDepartment);
        if (via.find()) {
            consolidationName = via.group(1).trim();
            consolidation = units.resolve(consolidationName, new ArrayList<>());
        }
        Matcher sentTo = SENT_TO.matcher(toDepartment);
        if (consolidationName == null && sentTo.find()) {
            String name = sentTo.group(1).trim();
            String code = units.resolve(name, new ArrayList<>());
            if (code == null || !code.equals(owner)) {
                consolidationName = name;
                consolidation = code;
            }
        }
        if (consolidationName == null) {
            consolidation = owner;
        }
        String recipientName = null;
        String recipient = null;
        String viaName = null;
        String viaCode = null;
        String note = null;
        Matcher to = REPORT_TO.matcher(onwards);
        if (to.find()) {
            recipientName = to.group(1).trim().replaceFirst("^(Chủ tịch|Thường trực|Giám đốc)\\s+", "");
            recipient = units.resolve(recipientName, new ArrayList<>());
            note = to.group(0).trim();
            if (to.group(2) != null) {
                viaName = to.group(2).replaceAll("^\\(qua\\s+|\\)$", "").trim();
                viaCode = units.resolve(viaName, new ArrayList<>());
            }
        }
        return new ReportingClause(periods(f, unitDeadline), CUT_OFF.matcher(f).find() || DECREE.matcher(f).find(), unitDeadline, consolidated, consolidation, consolidationName,
                recipient, recipientName, viaCode, viaName, note, text, source);
    }

    private static Set<Period> periods(String f, Deadline unitDeadline) {
        Set<Period> periods = EnumSet.noneOf(Period.class);
        Matcher listed = PERIOD_LIST.matcher(f);
        while (listed.find()) {
            for (String word : listed.group(1).split("\\s*(?:,|\\bva\\b)\\s*")) {
                switch (word.trim().replaceFirst("^hang\\s+", "")) {
                    case "thang" -> periods.add(Period.MONTHLY);
                    case "quy" -> periods.add(Period.QUARTERLY);
                    case "6 thang", "sau thang" -> periods.add(Period.SEMIANNUAL);
                    case "9 thang" -> periods.add(Period.NINE_MONTHS);
                    case "nam" -> periods.add(Period.ANNUAL);
                    default -> { }
                }
            }
        }
        if (periods.isEmpty() && f.contains("hang thang")) {
            periods.add(Period.MONTHLY);
        }
        if (periods.isEmpty() && f.contains("hang quy")) {
            periods.add(Period.QUARTERLY);
        }
        if (periods.isEmpty()) {
            // One date in the year, as the seed gives: one report on the year's tasks.
            periods.add(Period.ANNUAL);
        }
        return periods;
    }

    private static void find(Pattern pattern, String f, List<int[]> positions, List<Deadline> deadlines,
            java.util.function.Function<Matcher, Deadline> deadline) {
        Matcher m = pattern.matcher(f);
        while (m.find()) {
            positions.add(new int[] {m.start(), m.end()});
            deadlines.add(deadline.apply(m));
        }
    }
}
