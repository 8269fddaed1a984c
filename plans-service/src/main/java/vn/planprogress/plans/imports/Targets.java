package vn.planprogress.plans.imports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The targets a task's text states: a count with its unit ("06 bản tin", "05 hội nghị"), a total with its
 * breakdown in brackets ("36 Chuyên mục (12 … và 12 …, 12 …)"), a percentage ("đạt 95%", "90% hồ sơ").
 */
final class Targets {

    /** A target as read: its name and unit as written, the figure, and its parts when broken down. */
    record Target(String name, String unitOfMeasure, BigDecimal target, boolean percent, List<Part> parts, String text) {
    }

    record Part(String name, BigDecimal target) {
    }

    /** The nouns that count things in plans, longest first so that "lớp tập huấn" wins over "lớp". */
    private static final List<String> MEASURES = List.of("thu tuc hanh chinh", "cuoc dien tap", "lop tap huan", "lop boi duong", "cuoc kiem tra",
            "doan kiem tra", "chuyen muc", "chuyen trang", "chuyen de", "ban tin", "tin bai", "bai viet", "phong su", "hoi nghi",
            "hoi thao", "hoi thi", "cuoc thi", "van ban", "ho so", "thu tuc", "chuong trinh", "an pham", "tai lieu", "to roi",
            "to gap", "bang ron", "pano", "sang kien", "mo hinh", "de tai", "nhiem vu", "bao cao", "lop", "cuoc", "dot", "buoi",
            "luot", "tin", "bai", "video", "clip", "nguoi", "can bo", "hoc vien", "doanh nghiep", "co quan", "don vi", "cuon");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d/.,:-])(\\d{1,3}(?:\\.\\d{3})*)\\s+(?=\\p{L})");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\d/.,])(\\d{1,3}(?:[.,]\\d+)?)\\s*%");
    /** Where a counted thing's name ends: a bracket, a comma, the next count, or a word that starts a purpose or place. */
    private static final Pattern NAME_END = Pattern.compile("\\s*(?:[,;:()]|\\s+và\\s+(?=\\d)|\\s+(?:nhằm|để|cho|tại|với|về|nhân|theo|đạt)\\s|$)");
    private static final Pattern SUBJECT_START = Pattern.compile("^(?:[-–+]\\s*)?(?:Phấn đấu|Bảo đảm|Đảm bảo|Tối thiểu|Có)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Targets() {
    }

    static List<Target> read(String text) {
        List<Target> targets = new ArrayList<>();
        Matcher count = COUNT.matcher(text);
        int from = 0;
        int previousEnd = -1;
        int firstOfList = 0;
        while (count.find(from)) {
            from = count.end();
            String measure = measureAt(text, count.end());
            if (measure == null && !count.group(1).startsWith("0")) {
                continue;
            }
            int nameEnd = nameEnd(text, count.end());
            String name = text.substring(count.end(), nameEnd).trim().replaceAll("[.…]+$", "");
            if (name.isEmpty()) {
                continue;
            }
            String unit = measure != null ? measure : firstWords(name, 2);
            List<Part> parts = List.of();
            int after = nameEnd;
            int open = skipSpaces(text, nameEnd);
            if (open < text.length() && text.charAt(open) == '(') {
                int close = text.indexOf(')', open);
                if (close > 0) {
                    parts = parts(text.substring(open + 1, close));
                    if (parts.size() > 1) {
                        after = close + 1;
                    } else {
                        parts = List.of();
                    }
                }
            }
            Target target = new Target(capitalize(name), unit, number(count.group(1)), false, parts, text.substring(count.start(), after).trim());
            // "06 bản tin, 36 Chuyên mục khoa học và công nghệ": what follows the last noun of a list qualifies the bare nouns before it.
            String qualifier = name.substring(Math.min(name.length(), unit.length())).trim();
            boolean listed = previousEnd >= 0 && text.substring(previousEnd, count.start()).matches("\\s*(,|và)\\s*");
            if (listed && !qualifier.isEmpty() && Fold.of(name).startsWith(Fold.of(unit))) {
                for (int k = targets.size() - 1; k >= 0 && k >= firstOfList; k--) {
                    Target bare = targets.get(k);
                    if (Fold.of(bare.name()).equals(Fold.of(bare.unitOfMeasure()))) {
                        targets.set(k, new Target(bare.name() + " " + qualifier, bare.unitOfMeasure(), bare.target(), false, bare.parts(), bare.text()));
                    }
                }
            }
            if (!listed) {
                firstOfList = targets.size();
            }
            targets.add(target);
            previousEnd = after;
            from = after;
        }
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            targets.add(percentTarget(text, percent));
        }
        return targets;
    }

    private static int skipSpaces(String text, int at) {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static List<Part> parts(String inside) {
        List<Part> parts = new ArrayList<>();
        Matcher count = COUNT.matcher(inside);
        int from = 0;
        while (count.find(from)) {
            int end = nameEnd(inside, count.end());
            String name = inside.substring(count.end(), end).trim();
            if (!name.isEmpty()) {
                parts.add(new Part(capitalize(name), number(count.group(1))));
            }
            from = Math.max(end, count.end());
        }
        return parts;
    }

    private static Target percentTarget(String text, Matcher percent) {
        String before = text.substring(0, percent.start());
        int clauseStart = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), Math.max(before.lastIndexOf(':'), before.lastIndexOf('(')));
        String subject = before.substring(clauseStart + 1).trim();
        String name;
        if (subject.matches("(?s).*\\b(đạt|trên|tối thiểu|ít nhất)( tỷ lệ)?$")) {
            name = subject.replaceAll("\\s*(đạt|trên|tối thiểu|ít nhất)( tỷ lệ)?$", "");
        } else {
            int end = nameEnd(text, percent.end());
            String rest = text.substring(percent.end(), end).trim();
            name = rest.isEmpty() ? subject : "Tỷ lệ " + rest;
        }
        name = SUBJECT_START.matcher(name.trim()).replaceFirst("");
        int end = Math.min(text.length(), percent.end() + 40);
        return new Target(capitalize(name.isEmpty() ? "Tỷ lệ" : name), "%", new BigDecimal(percent.group(1).replace(',', '.')), true, List.of(),
                text.substring(clauseStart + 1, end).trim());
    }

    private static String measureAt(String text, int at) {
        String ahead = Fold.of(text.substring(at, Math.min(text.length(), at + 40)));
        for (String measure : MEASURES) {
            if (ahead.startsWith(measure) && (ahead.length() == measure.length() || !Character.isLetter(ahead.charAt(measure.length())))) {
                return originalWords(text.substring(at), measure.split(" ").length).toLowerCase();
            }
        }
        return null;
    }

    private static int nameEnd(String text, int from) {
        Matcher end = NAME_END.matcher(text);
        return end.find(from) ? end.start() : text.length();
    }

    private static String originalWords(String text, int words) {
        String[] split = text.trim().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(split, Math.min(words, split.length))).replaceAll("[^\\p{L}\\p{N}]+$", "");
    }

    private static String firstWords(String text, int words) {
        return originalWords(text, words).toLowerCase();
    }

    private static BigDecimal number(String written) {
        return new BigDecimal(written.replace(".", "").replaceFirst("^0+(?=\\d)", ""));
    }

    static String capitalize(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase() + text.substring(1);
    }
}
