package vn.planprogress.plans.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.planprogress.plans.api.DocumentRef;

/**
 * The documents a plan's opening paragraph cites ("Thực hiện Kế hoạch số 34/KH-UBND ngày 03/3/2022 của
 * UBND tỉnh về …", "Căn cứ …", "Công văn số 305/HD-STTTT …"): number, date, issuer and title; the plan
 * it carries out ("Thực hiện Kế hoạch …") apart from its legal bases.
 */
final class DocumentRefs {

    /** The references read, and the citations that lack a number (kept out of the draft, as findings). */
    record Refs(DocumentRef parentPlan, List<DocumentRef> legalBases, List<Unnumbered> unnumbered) {
    }

    /** A citation without a number ("Căn cứ Luật Tổ chức chính quyền địa phương …") and where it is. */
    record Unnumbered(String text, SourceRef ref) {
    }

    private static final String TYPES = "Kế hoạch|Quyết định|Nghị quyết|Nghị định|Thông tư|Công văn|Chỉ thị|Hướng dẫn|Văn bản|"
            + "Thông báo|Chương trình|Đề án|Kết luận|Luật|Bộ luật|Pháp lệnh";
    private static final Pattern CITATION = Pattern.compile("(" + TYPES + ")\\s+số\\s+(\\S+)");
    private static final Pattern LAW = Pattern.compile("^(?:Căn cứ\\s+)(Luật|Bộ luật|Pháp lệnh)\\s+(?!số)(.+?)(?:\\s+ngày\\b.*)?[;,.]?$");
    private static final Pattern DATE = Pattern.compile("^\\s*ngày\\s+(?:(\\d{1,2})/(\\d{1,2})/(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))");
    private static final Pattern ISSUER_END = Pattern.compile("\\s+(?:về|ban hành|V/v|quy định|hướng dẫn|phê duyệt|triển khai)\\s|[,;]|$");
    private static final Pattern TRAILING = Pattern.compile("(?:\\s*(?:[,;]|\\bvà theo|\\bvà|\\btheo|\\bcăn cứ)\\s*)+$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Where the citations end and the plan speaks of itself: ", Sở … xây dựng (và ban hành) Kế hoạch …". */
    private static final Pattern SELF = Pattern.compile("[,;]\\s+[^,;]*?(?:xây dựng|ban hành)\\s+(?:và ban hành\\s+)?Kế hoạch\\b.*$");

    private DocumentRefs() {
    }

    static Refs read(List<Paragraphs.Paragraph> paragraphs) {
        DocumentRef parent = null;
        List<DocumentRef> bases = new ArrayList<>();
        List<Unnumbered> unnumbered = new ArrayList<>();
        for (Paragraphs.Paragraph read : paragraphs) {
            String paragraph = read.text();
            String text = SELF.matcher(paragraph).replaceFirst("");
            Matcher law = LAW.matcher(paragraph);
            if (law.matches()) {
                unnumbered.add(new Unnumbered(paragraph.replaceAll("^Căn cứ\\s+", "").replaceAll("[;,.]$", ""), read.ref()));
                continue;
            }
            List<int[]> starts = new ArrayList<>();
            Matcher m = CITATION.matcher(text);
            while (m.find()) {
                starts.add(new int[] {m.start(), m.end()});
            }
            for (int i = 0; i < starts.size(); i++) {
                int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : text.length();
                String segment = text.substring(starts.get(i)[0], end);
                DocumentRef ref = ref(segment);
                boolean carriesOut = ref.documentType().equals("Kế hoạch") && parent == null
                        && text.substring(Math.max(0, starts.get(i)[0] - 12), starts.get(i)[0]).contains("Thực hiện");
                if (carriesOut) {
                    parent = ref;
                } else {
                    bases.add(ref);
                }
            }
        }
        return new Refs(parent, bases, unnumbered);
    }

    private static DocumentRef ref(String segment) {
        Matcher citation = CITATION.matcher(segment);
        citation.find();
        String type = citation.group(1);
        String number = citation.group(2).replaceAll("[,;.]+$", "");
        String rest = segment.substring(citation.end());
        LocalDate date = null;
        Matcher d = DATE.matcher(rest);
        if (d.find()) {
            date = d.group(1) != null
                    ? LocalDate.of(Integer.parseInt(d.group(3)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(1)))
                    : LocalDate.of(Integer.parseInt(d.group(6)), Integer.parseInt(d.group(5)), Integer.parseInt(d.group(4)));
            rest = rest.substring(d.end());
        }
        String issuer = null;
        rest = rest.trim();
        if (rest.startsWith("của ")) {
            rest = rest.substring(4);
            Matcher end = ISSUER_END.matcher(rest);
            int at = end.find() ? end.start() : rest.length();
            issuer = rest.substring(0, at).trim();
            rest = rest.substring(at).trim();
        }
        String title = TRAILING.matcher(rest.replaceFirst("^(về|V/v)\\s+", "")).replaceFirst("").trim();
        return new DocumentRef(type, number, date, issuer, title.isEmpty() ? null : title);
    }
}
