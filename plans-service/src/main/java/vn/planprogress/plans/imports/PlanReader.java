package vn.planprogress.plans.imports;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.planprogress.plans.api.Codes;
import vn.planprogress.plans.api.ContentSection;
import vn.planprogress.plans.api.DeadlineRule;
import vn.planprogress.plans.api.IndicatorDocument;
import vn.planprogress.plans.api.IndicatorPart;
import vn.planprogress.plans.api.PeriodType;
import vn.planprogress.plans.api.PlanDocument;
import vn.planprogress.plans.api.Reporting;
import vn.planprogress.plans.api.Signer;
import vn.planprogress.plans.api.TaskDocument;
import vn.planprogress.plans.api.UnitGroup;
import vn.planprogress.plans.imports.Paragraphs.Paragraph;

/**
 * Reads a plan's structure from its lines and tables, as Nghị định 30/2020 lays a Kế hoạch out: the header
 * (issuing body and its parent, number, national motto, place and date, kind and title), the opening
 * paragraph's citations, the sections by Roman numerals, their items with codes as written, tasks inline
 * or in a table, the reporting clause, the recipients and the signer block. What it cannot place becomes
 * a finding.
 */
final class PlanReader {

    private static final Pattern NUMBER_LINE = Pattern.compile("^Số\\s*:?\\s*(\\d*)\\s*/\\s*([\\p{L}\\p{N}][\\p{L}\\p{N}-]*)");
    private static final Pattern DATE_LINE = Pattern.compile("^(.*?),\\s*ngày\\s*(\\d{1,2})?\\s*tháng\\s*(\\d{1,2})?\\s*năm\\s*(\\d{4})");
    private static final Pattern SEPARATOR = Pattern.compile("^[-_=*.…–—\\s]+$");
    private static final Pattern PREAMBLE_START = Pattern.compile("^(Căn cứ|Thực hiện|Theo|Nhằm|Để|Triển khai|Trên cơ sở)\\b.*");
    private static final Pattern LABEL = Pattern.compile("^(.{2,45}?)\\s*:\\s*(.*)$");
    private static final Pattern SECTION_REF = Pattern.compile("(?:mục|phần|nội dung)\\s+([IVX]+(?:\\.\\d+)*)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*[:/][\\p{L}\\p{N}:/.-]*[\\p{L}\\p{N}]");
    private static final Pattern DAY_MONTH = Pattern.compile("^\\d{1,2}/\\d{1,2}(/\\d{4})?$");
    private static final Set<String> SIGNER_TITLES = Set.of("giam doc", "pho giam doc", "chu tich", "pho chu tich", "chanh van phong",
            "pho chanh van phong", "truong ban", "pho truong ban", "thu truong", "truong phong");

    private enum SectionKind { PURPOSES, CONTENT, TASKS, BUDGET, IMPLEMENTATION }

    private enum Marker {
        NUMBER(1), DOTTED(2), LETTER(3), DASH(4), PLUS(5), PLAIN(6);

        final int rank;

        Marker(int rank) {
            this.rank = rank;
        }
    }

    /** An item of a section: its label as written ("2", "1.3", "b"), its text and its nested items. */
    private record Item(Marker marker, String label, String text, SourceRef ref, List<Item> children) {
    }

    private record Section(String roman, String heading, SectionKind kind, List<Item> items, SourceRef ref, int firstLine) {
    }

    private record TableAt(SourceDocument.Table table, int line) {
    }

    private final UnitNames names;
    private final Findings findings = new Findings();
    private final Set<String> indicatorCodes = new HashSet<>();
    /** Where each task's title is, in the order of the tasks. */
    private final List<SourceRef> taskRefs = new ArrayList<>();
    private UnitCells units;
    private String owner;
    private int year;

    PlanReader(UnitNames names) {
        this.names = names;
    }

    ImportedPlan read(DocumentForm form, SourceDocument source) {
        List<SourceDocument.Line> lines = new ArrayList<>();
        List<TableAt> tables = new ArrayList<>();
        for (SourceDocument.Block block : source.blocks()) {
            if (block instanceof SourceDocument.Line line) {
                lines.add(line);
            } else if (block instanceof SourceDocument.Table table) {
                if (TaskTable.isTaskTable(table)) {
                    tables.add(new TableAt(table, lines.size()));
                } else {
                    flatten(table, lines);
                }
            }
        }

        // The header, line by line, up to the kind line and the title after it.
        Integer sequence = null;
        String symbol = null;
        String place = null;
        LocalDate issuedOn = null;
        Integer dateYear = null;
        boolean motto = false;
        String kind = null;
        List<String> bodies = new ArrayList<>();
        StringBuilder title = new StringBuilder();
        SourceRef dateRef = null;
        int i = 0;
        for (; i < lines.size() && kind == null && i < 80; i++) {
            String text = Paragraphs.clean(lines.get(i).text());
            SourceRef ref = lines.get(i).ref();
            String words = Fold.words(text);
            Matcher number = NUMBER_LINE.matcher(text);
            Matcher date = DATE_LINE.matcher(text);
            if (text.isEmpty() || SEPARATOR.matcher(text).matches() || words.equals("doc lap tu do hanh phuc")) {
                continue;
            }
            if (number.find()) {
                sequence = number.group(1).isEmpty() ? null : Integer.valueOf(number.group(1));
                symbol = number.group(2);
            } else if (words.equals("cong hoa xa hoi chu nghia viet nam")) {
                motto = true;
            } else if (date.find()) {
                place = date.group(1).trim();
                dateYear = Integer.valueOf(date.group(4));
                dateRef = ref;
                if (date.group(2) != null && date.group(3) != null) {
                    issuedOn = LocalDate.of(dateYear, Integer.parseInt(date.group(3)), Integer.parseInt(date.group(2)));
                }
            } else if ((words.equals("ke hoach") || words.startsWith("ke hoach ")) && Fold.isUpperCase(text.substring(0, Math.min(8, text.length())))) {
                kind = text.substring(0, 8);
                title.append(text.substring(8).trim());
            } else if (Fold.isUpperCase(text)) {
                bodies.add(text);
            } else {
                unplaced(ref, text, "header");
            }
        }
        for (int taken = 0; kind != null && i < lines.size() && taken < 5; i++) {
            String text = Paragraphs.clean(lines.get(i).text());
            if (text.isEmpty() || SEPARATOR.matcher(text).matches()) {
                if (taken > 0 && SEPARATOR.matcher(text).matches() && !text.isEmpty()) {
                    i++;
                    break;
                }
                continue;
            }
            if (PREAMBLE_START.matcher(text).matches() || Paragraphs.ROMAN.matcher(text).matches()) {
                break;
            }
            title.append(title.length() == 0 ? "" : " ").append(text);
            taken++;
        }
        int bodyStart = kind == null ? 0 : i;
        String issuingBody = bodies.isEmpty() ? null : bodies.get(bodies.size() - 1);
        String parentBody = bodies.size() > 1 ? bodies.get(0) : null;
        // "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NGÃI": a body with no parent above it writes its own name on two lines.
        if (bodies.size() > 1 && !names.find(issuingBody).found() && names.find(String.join(" ", bodies)).found()) {
            issuingBody = String.join(" ", bodies);
            parentBody = null;
        }
        SourceRef headerRef = lines.isEmpty() ? SourceRef.line(1) : lines.get(0).ref();

        owner = owner(issuingBody, symbol, headerRef);
        units = new UnitCells(names, owner);
        year = dateYear != null ? dateYear : yearOf(title.toString(), headerRef);
        if (dateRef == null) {
            findings.add(Finding.Kind.HEADER, "issuedOn", headerRef, null, "the document has no place and date line: set place and issuedOn");
        } else if (issuedOn == null) {
            findings.add(Finding.Kind.HEADER, "issuedOn", dateRef, null, "the date line leaves the day or month blank: set issuedOn when the plan is issued");
        }
        if (sequence != null) {
            findings.add(Finding.Kind.HEADER, "number", headerRef, sequence + "/" + symbol, "the document is numbered " + sequence + "/" + symbol
                    + "; a draft keeps the symbol only (" + symbol + "): issue it with sequence " + sequence + " to keep its number");
        }

        // Body, footer (recipients and signer) and appendix.
        int footerStart = lines.size();
        int appendixStart = lines.size();
        for (int k = bodyStart; k < lines.size(); k++) {
            String text = Paragraphs.clean(lines.get(k).text());
            if (footerStart == lines.size() && isFooterStart(text)) {
                footerStart = k;
            }
            if (isAppendixStart(text)) {
                appendixStart = k;
                break;
            }
        }
        int bodyEnd = Math.min(footerStart, appendixStart);
        List<Paragraph> paragraphs = Paragraphs.join(lines.subList(bodyStart, bodyEnd));
        List<Integer> firstLines = firstLines(paragraphs, lines);

        List<Paragraph> preamble = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Paragraph> sectionParagraphs = new ArrayList<>();
        String roman = null;
        String heading = null;
        SourceRef headingRef = null;
        int headingLine = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            Paragraph paragraph = paragraphs.get(p);
            Matcher m = Paragraphs.ROMAN.matcher(paragraph.text());
            if (m.matches() && Fold.isUpperCase(paragraph.text())) {
                if (roman != null) {
                    sections.add(section(roman, heading, sectionParagraphs, headingRef, headingLine));
                }
                roman = m.group(1);
                heading = m.group(2);
                headingRef = paragraph.ref();
                headingLine = firstLines.get(p);
                sectionParagraphs = new ArrayList<>();
            } else if (roman == null) {
                preamble.add(paragraph);
            } else {
                sectionParagraphs.add(paragraph);
            }
        }
        if (roman != null) {
            sections.add(section(roman, heading, sectionParagraphs, headingRef, headingLine));
        }

        DocumentRefs.Refs refs = DocumentRefs.read(preamble);
        for (DocumentRefs.Unnumbered law : refs.unnumbered()) {
            findings.add(Finding.Kind.DOCUMENT_REFERENCE, "legalBases", law.ref(), law.text(), "legal basis '" + law.text()
                    + "' has no number, which a legal basis needs: the draft leaves it out; add it if it should be listed");
        }

        List<String> purposes = new ArrayList<>();
        List<ContentSection> content = new ArrayList<>();
        List<ContentSection> implementation = new ArrayList<>();
        List<TaskDocument> tasks = new ArrayList<>();
        List<String> budget = new ArrayList<>();
        List<Paragraph> reportingParagraphs = new ArrayList<>();
        for (Section section : sections) {
            switch (section.kind()) {
                case PURPOSES -> section.items().forEach(item -> purposes(item, purposes));
                case BUDGET -> section.items().forEach(item -> flattenText(item, budget));
                default -> {
                    List<ContentSection> into = section.kind() == SectionKind.IMPLEMENTATION ? implementation : content;
                    for (int k = 0; k < section.items().size(); k++) {
                        ContentSection converted = convert(section.items().get(k), section.roman(), k, null, tasks);
                        if (converted != null) {
                            into.add(converted);
                        }
                    }
                }
            }
            if (section.kind() == SectionKind.IMPLEMENTATION) {
                collectReporting(section.items(), reportingParagraphs);
            }
        }
        if (reportingParagraphs.isEmpty()) {
            sections.stream().filter(s -> s.kind() != SectionKind.IMPLEMENTATION).forEach(s -> collectReporting(s.items(), reportingParagraphs));
        }

        for (TableAt at : tables) {
            String sectionCode = null;
            for (Section section : sections) {
                if (section.firstLine() <= at.line() && at.line() < bodyEnd) {
                    sectionCode = section.roman();
                }
            }
            tableTasks(at.table(), sectionCode, tasks);
        }

        List<String> missing = new ArrayList<>();
        if (kind == null || title.length() == 0) {
            missing.add("a title: the kind line 'KẾ HOẠCH' with the plan's subject under it");
        }
        if (tasks.isEmpty()) {
            missing.add("tasks: numbered items with '- Đơn vị chủ trì: …', or a table STT | Nội dung | Đơn vị chủ trì | phối hợp | Thời gian");
        }
        if (!missing.isEmpty()) {
            throw new ImportRefused(ImportRefused.Reason.NOT_A_PLAN, "the document is not a plan (Kế hoạch): it has no "
                    + String.join(", and no ", missing), missing, null);
        }

        List<TaskDocument> withRefs = contentRefs(tasks, content);
        Footer footer = footer(lines.subList(footerStart, appendixStart));
        int appendixLine = appendixStart;
        appendix(lines.subList(appendixStart, lines.size()), tables.stream().anyMatch(t -> t.line() >= appendixLine));
        Reporting reporting = reporting(reportingParagraphs);

        PlanDocument draft = new PlanDocument(null, symbol, title.toString(), year == 0 ? null : year, owner, issuedOn, place,
                footer.signer(), refs.parentPlan(), refs.legalBases(), preamble.isEmpty() ? null : String.join("\n", preamble.stream().map(Paragraph::text).toList()),
                purposes, content, withRefs, budget.isEmpty() ? null : String.join("\n", budget), implementation, footer.recipients(),
                reporting, null, null, null, null, null);
        return new ImportedPlan(form, draft, new ImportedPlan.DocumentHeader(parentBody, issuingBody, motto, kind, sequence, symbol),
                findings.all());
    }

    private static void flatten(SourceDocument.Table table, List<SourceDocument.Line> lines) {
        for (SourceDocument.Row row : table.rows()) {
            for (SourceDocument.Cell cell : row.cells()) {
                for (String paragraph : cell.paragraphs()) {
                    lines.add(new SourceDocument.Line(paragraph, SourceRef.cell(table.number(), row.number(), cell.column() + 1), true));
                }
            }
        }
    }

    private static List<Integer> firstLines(List<Paragraph> paragraphs, List<SourceDocument.Line> lines) {
        List<Integer> first = new ArrayList<>();
        int at = 0;
        for (Paragraph paragraph : paragraphs) {
            while (at < lines.size() && lines.get(at).ref() != paragraph.ref()) {
                at++;
            }
            first.add(at);
        }
        return first;
    }

    private String owner(String issuingBody, String symbol, SourceRef ref) {
        if (issuingBody != null) {
            UnitNames.Match match = names.find(issuingBody);
            if (match.found()) {
                return match.code();
            }
        }
        String suffix = symbol != null && symbol.contains("-") ? symbol.substring(symbol.indexOf('-') + 1) : null;
        if (suffix != null && names.unit(suffix) != null) {
            return suffix;
        }
        findings.add(Finding.Kind.UNKNOWN_UNIT, "ownerUnit", ref, issuingBody,
                "issuing body '" + issuingBody + "' is not in the unit directory: add it or pick the unit that issues the plan");
        return suffix != null && suffix.matches(Codes.UNIT) ? suffix : null;
    }

    private int yearOf(String title, SourceRef ref) {
        Matcher m = Pattern.compile("năm (\\d{4})").matcher(title);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        findings.add(Finding.Kind.HEADER, "year", ref, null, "neither the date line nor the title gives the plan's year: set it");
        return 0;
    }

    private Section section(String roman, String heading, List<Paragraph> paragraphs, SourceRef ref, int firstLine) {
        List<Item> roots = new ArrayList<>();
        Deque<Item> stack = new ArrayDeque<>();
        for (Paragraph paragraph : paragraphs) {
            Item item = item(paragraph);
            while (!stack.isEmpty() && stack.peek().marker().rank >= item.marker().rank) {
                stack.pop();
            }
            if (stack.isEmpty()) {
                roots.add(item);
            } else {
                stack.peek().children().add(item);
            }
            if (item.marker() != Marker.PLAIN) {
                stack.push(item);
            }
        }
        return new Section(roman, heading, kind(heading), roots, ref, firstLine);
    }

    private static Item item(Paragraph paragraph) {
        String text = paragraph.text();
        Matcher number = Paragraphs.NUMBER.matcher(text);
        if (number.matches()) {
            String label = number.group(1) != null ? number.group(1) : number.group(3);
            String rest = number.group(1) != null ? number.group(2) : number.group(4);
            return new Item(label.contains(".") ? Marker.DOTTED : Marker.NUMBER, label, rest, paragraph.ref(), new ArrayList<>());
        }
        Matcher letter = Paragraphs.LETTER.matcher(text);
        if (letter.matches()) {
            return new Item(Marker.LETTER, letter.group(1), letter.group(2), paragraph.ref(), new ArrayList<>());
        }
        Matcher bullet = Paragraphs.BULLET.matcher(text);
        if (bullet.matches()) {
            return new Item(bullet.group(1).equals("+") ? Marker.PLUS : Marker.DASH, null, bullet.group(2), paragraph.ref(), new ArrayList<>());
        }
        return new Item(Marker.PLAIN, null, text, paragraph.ref(), new ArrayList<>());
    }

    private static SectionKind kind(String heading) {
        String f = Fold.words(heading);
        if (f.contains("kinh phi")) {
            return SectionKind.BUDGET;
        }
        if (f.contains("to chuc thuc hien") || f.contains("bao cao") || f.contains("trach nhiem")) {
            return SectionKind.IMPLEMENTATION;
        }
        if (f.startsWith("muc dich") || f.startsWith("yeu cau") || f.startsWith("muc tieu")) {
            return SectionKind.PURPOSES;
        }
        if (f.contains("hinh thuc") || f.contains("nhiem vu") || f.contains("hoat dong")) {
            return SectionKind.TASKS;
        }
        return SectionKind.CONTENT;
    }

    private static void purposes(Item item, List<String> purposes) {
        String f = Fold.words(item.text());
        boolean subheading = (f.startsWith("muc dich") || f.startsWith("yeu cau") || f.startsWith("muc tieu")) && item.text().length() < 40;
        if (subheading) {
            Matcher label = LABEL.matcher(item.text());
            if (label.matches() && !label.group(2).isBlank()) {
                purposes.add(label.group(2));
            }
        } else {
            purposes.add(item.text());
        }
        item.children().forEach(child -> purposes(child, purposes));
    }

    private static void flattenText(Item item, List<String> texts) {
        texts.add(item.label() == null ? item.text() : item.label() + ". " + item.text());
        item.children().forEach(child -> flattenText(child, texts));
    }

    private static void collectReporting(List<Item> items, List<Paragraph> into) {
        for (Item item : items) {
            if (ReportingClause.states(item.text())) {
                into.add(new Paragraph(item.text(), item.ref()));
            }
            collectReporting(item.children(), into);
        }
    }

    private static String code(String parent, Item item) {
        return item.marker() == Marker.DOTTED ? parent.substring(0, parent.contains(".") ? parent.indexOf('.') : parent.length()) + "." + item.label()
                : parent + "." + item.label();
    }

    /** An item as a content section, or as a task when it says who leads it; its nested tasks go to {@code tasks}. */
    private ContentSection convert(Item item, String parent, int index, String enclosing, List<TaskDocument> tasks) {
        boolean labelled = item.marker() == Marker.NUMBER || item.marker() == Marker.DOTTED || item.marker() == Marker.LETTER;
        if (isTask(item)) {
            String code;
            if (labelled) {
                code = code(parent, item);
            } else {
                code = parent + "." + (index + 1);
                findings.add(Finding.Kind.MADE_UP_CODE, "tasks[" + tasks.size() + "].code", item.ref(), item.text(),
                        "the task is a bullet without a number: the draft numbers it " + code + "; change the code if need be");
            }
            tasks.add(inlineTask(code, item, enclosing, tasks.size()));
            return null;
        }
        String code = labelled ? code(parent, item) : null;
        List<ContentSection> children = new ArrayList<>();
        for (int k = 0; k < item.children().size(); k++) {
            ContentSection child = convert(item.children().get(k), code == null ? parent : code, k, code == null ? enclosing : code, tasks);
            if (child != null) {
                children.add(child);
            }
        }
        return labelled ? new ContentSection(code, item.text(), null, children) : new ContentSection(null, null, item.text(), children);
    }

    private static boolean isTask(Item item) {
        return item.children().stream().anyMatch(child -> label(child.text()) == TaskTable.Column.LEAD);
    }

    private static TaskTable.Column label(String text) {
        Matcher m = LABEL.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String f = Fold.words(m.group(1));
        if (f.contains("chu tri") || f.equals("don vi thuc hien") || f.equals("co quan thuc hien")) {
            return TaskTable.Column.LEAD;
        }
        if (f.contains("phoi hop")) {
            return TaskTable.Column.COORDINATING;
        }
        if (f.contains("thoi gian") || f.contains("tien do") || f.contains("thoi han")) {
            return TaskTable.Column.TIME;
        }
        if (f.contains("san pham") || f.contains("ket qua")) {
            return TaskTable.Column.PRODUCT;
        }
        return null;
    }

    private TaskDocument inlineTask(String code, Item item, String enclosing, int index) {
        String lead = null;
        String coordinating = null;
        String time = null;
        String product = null;
        SourceRef leadRef = item.ref();
        SourceRef coordinatingRef = item.ref();
        SourceRef timeRef = item.ref();
        for (Item child : item.children()) {
            TaskTable.Column column = label(child.text());
            Matcher m = LABEL.matcher(child.text());
            String value = m.matches() ? m.group(2).trim() : child.text();
            if (column == TaskTable.Column.LEAD) {
                lead = value;
                leadRef = child.ref();
            } else if (column == TaskTable.Column.COORDINATING) {
                coordinating = value;
                coordinatingRef = child.ref();
            } else if (column == TaskTable.Column.TIME) {
                time = value;
                timeRef = child.ref();
            } else if (column == TaskTable.Column.PRODUCT) {
                product = value;
            } else {
                unplaced(child.ref(), child.text(), "task " + code);
            }
        }
        return task(index, code, item.text(), item.ref(), lead, leadRef, coordinating, coordinatingRef, time, timeRef, product, item.ref(),
                enclosing);
    }

    private void tableTasks(SourceDocument.Table table, String sectionCode, List<TaskDocument> tasks) {
        TaskTable.Rows rows = TaskTable.read(table);
        rows.unreadColumns().forEach((header, ref) -> findings.add(Finding.Kind.UNPLACED_TEXT, "tasks", ref, header,
                "column '" + header + "' has no place in a task: its cells are not in the draft"));
        for (TaskTable.Row row : rows.rows()) {
            String title = row.cells().get(TaskTable.Column.TITLE);
            if (title == null) {
                unplaced(row.source(), String.join(" | ", row.cells().values()), "the table of tasks (a row without its content)");
                continue;
            }
            String code = row.code();
            if (code == null) {
                code = (sectionCode == null ? "T" : sectionCode) + "." + (tasks.size() + 1);
                findings.add(Finding.Kind.MADE_UP_CODE, "tasks[" + tasks.size() + "].code", row.source(), title,
                        "the row has no STT: the draft numbers it " + code + "; change the code if need be");
            } else if (sectionCode != null) {
                code = sectionCode + "." + code;
            }
            for (String other : row.others()) {
                unplaced(row.source(), other, "task " + code);
            }
            var cells = row.cells();
            var refs = row.refs();
            tasks.add(task(tasks.size(), code, title, refs.get(TaskTable.Column.TITLE), cells.get(TaskTable.Column.LEAD),
                    refs.getOrDefault(TaskTable.Column.LEAD, row.source()), cells.get(TaskTable.Column.COORDINATING),
                    refs.getOrDefault(TaskTable.Column.COORDINATING, row.source()), cells.get(TaskTable.Column.TIME),
                    refs.getOrDefault(TaskTable.Column.TIME, row.source()), cells.get(TaskTable.Column.PRODUCT),
                    refs.getOrDefault(TaskTable.Column.PRODUCT, row.source()), null));
        }
    }

    private TaskDocument task(int index, String code, String title, SourceRef titleRef, String lead, SourceRef leadRef, String coordinating,
            SourceRef coordinatingRef, String time, SourceRef timeRef, String product, SourceRef productRef, String enclosing) {
        String at = "tasks[" + index + "]";
        taskRefs.add(titleRef);
        Set<String> leads = new LinkedHashSet<>();
        if (lead == null || lead.isBlank()) {
            findings.add(Finding.Kind.TASK, at + ".leadUnits", titleRef, title, "task " + code + " names no lead unit: pick one");
        } else {
            UnitCells.Units read = units.read(lead);
            leads.addAll(read.codes());
            for (UnitGroup group : read.groups()) {
                List<String> members = names.childrenOf(group.parentUnit());
                leads.addAll(members);
                findings.add(Finding.Kind.GROUP_NOT_ALLOWED, at + ".leadUnits", leadRef, group.label(),
                        "lead '" + group.label() + "' is a group; a task's lead units are named one by one: the draft takes every unit under "
                                + group.parentUnit() + " (" + String.join(", ", members) + "); remove those that do not lead");
            }
            unresolved(read, "lead unit", at + ".leadUnits", leadRef);
        }
        List<String> coordinatingUnits = new ArrayList<>();
        List<UnitGroup> groups = new ArrayList<>();
        if (coordinating != null && !coordinating.isBlank()) {
            UnitCells.Units read = units.read(coordinating);
            read.codes().stream().filter(c -> !leads.contains(c)).forEach(coordinatingUnits::add);
            groups.addAll(read.groups());
            unresolved(read, "coordinating unit", at + ".coordinatingUnits", coordinatingRef);
        }
        TimeFrames.Reading schedule = TimeFrames.read(time == null ? "" : time, year);
        if (schedule.problem() != null) {
            findings.add(Finding.Kind.TIME_FRAME, at + ".schedule", timeRef, time,
                    time == null ? "task " + code + " " + schedule.problem() : "time frame '" + schedule.schedule().label() + "' " + schedule.problem());
        }
        List<IndicatorDocument> indicators = new ArrayList<>();
        indicators(title, titleRef, at, indicators);
        if (product != null) {
            int before = indicators.size();
            indicators(product, productRef, at, indicators);
            if (indicators.size() == before) {
                findings.add(Finding.Kind.UNPLACED_TEXT, at, productRef, product,
                        "product '" + product + "' states no target and a task has no field for it: add it to the title if it matters");
            }
        }
        List<String> refs = enclosing == null ? new ArrayList<>() : new ArrayList<>(List.of(enclosing));
        return new TaskDocument(code, title, List.copyOf(leads), coordinatingUnits, groups, schedule.schedule(), indicators, refs, null);
    }

    private void unresolved(UnitCells.Units read, String role, String field, SourceRef ref) {
        for (String name : read.unknown()) {
            findings.add(Finding.Kind.UNKNOWN_UNIT, field, ref, name, role + " '" + name + "' is not in the unit directory: add it or pick one");
        }
        for (String name : read.ambiguous()) {
            findings.add(Finding.Kind.UNKNOWN_UNIT, field, ref, name, role + " '" + name + "' names more than one unit: pick one");
        }
    }

    private void indicators(String text, SourceRef ref, String at, List<IndicatorDocument> into) {
        for (Targets.Target target : Targets.read(text)) {
            String field = at + ".indicators[" + into.size() + "]";
            // "Bản tin" → BT, "Chuyên mục" → CM; a one-word unit ("lượt") takes the name's words: "Lượt cán bộ" → LCB.
            boolean wordyUnit = !target.percent() && target.unitOfMeasure().contains(" ");
            String code = uniqueCode(initials(wordyUnit ? target.unitOfMeasure() : target.name(), 4), indicatorCodes);
            List<IndicatorPart> parts = new ArrayList<>();
            Set<String> partCodes = new HashSet<>();
            java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
            for (Targets.Part part : target.parts()) {
                String own = Fold.words(part.name()).startsWith(Fold.words(target.unitOfMeasure()) + " ")
                        ? part.name().substring(target.unitOfMeasure().length()).trim() : part.name();
                own = own.replaceFirst("^(trên|của|tại|ở)\\s+", "");
                parts.add(new IndicatorPart(uniqueCode(initials(own, 4), partCodes), part.name(), part.target()));
                sum = sum.add(part.target());
            }
            into.add(IndicatorDocument.number(code, target.name(), target.unitOfMeasure(), target.target(), parts));
            String partList = parts.isEmpty() ? "" : " (its parts " + String.join(", ", parts.stream().map(IndicatorPart::code).toList()) + ")";
            findings.add(Finding.Kind.MADE_UP_CODE, field + ".code", ref, target.text(), "the document gives no code for indicator '"
                    + target.name() + "': the draft calls it " + code + partList + "; change the codes if the department uses others");
            if (!parts.isEmpty() && sum.compareTo(target.target()) != 0) {
                findings.add(Finding.Kind.BREAKDOWN, field + ".parts", ref, target.text(), "the parts add up to " + sum.toPlainString()
                        + ", not to the total " + target.target().toPlainString() + ": correct the total or the parts");
            }
            if (target.percent()) {
                findings.add(Finding.Kind.PERCENT_TARGET, field, ref, target.text(), "'" + target.name() + "' is a percentage ("
                        + target.target().toPlainString() + "%); indicators add the units' values up today: check how units should report it");
            }
        }
    }

    private static String initials(String text, int words) {
        StringBuilder code = new StringBuilder();
        for (String word : Fold.words(text).split(" ")) {
            if (!word.isEmpty() && !word.equals("va") && code.length() < words) {
                code.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return code.length() == 0 ? "CT" : code.toString();
    }

    private static String uniqueCode(String base, Set<String> taken) {
        String code = base;
        for (int n = 2; !taken.add(code); n++) {
            code = base + n;
        }
        return code;
    }

    /** A task's content references: the item it stands under, the items it names ("tại mục II"), and those it shares a document number with. */
    private List<TaskDocument> contentRefs(List<TaskDocument> tasks, List<ContentSection> content) {
        List<TaskDocument> result = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            TaskDocument task = tasks.get(t);
            Set<String> refs = new LinkedHashSet<>(task.contentRefsOrEmpty());
            Matcher named = SECTION_REF.matcher(task.title());
            while (named.find()) {
                String code = named.group(1);
                for (ContentSection section : content) {
                    if (section.code() != null && (section.code().equals(code) || !code.contains(".") && section.code().startsWith(code + "."))) {
                        refs.add(section.code());
                    }
                }
            }
            Matcher identifier = IDENTIFIER.matcher(task.title());
            while (identifier.find()) {
                String id = identifier.group();
                if (DAY_MONTH.matcher(id).matches()) {
                    continue;
                }
                for (ContentSection section : content) {
                    if (section.code() != null && !refs.contains(section.code()) && mentions(section, id)) {
                        refs.add(section.code());
                        findings.add(Finding.Kind.INFERRED_REFERENCE, "tasks[" + t + "].contentRefs", taskRefs.get(t), id, "task " + task.code()
                                + " is taken to carry out content item " + section.code() + " because both name '" + id + "': check it");
                    }
                }
            }
            result.add(new TaskDocument(task.code(), task.title(), task.leadUnits(), task.coordinatingUnits(), task.coordinatingGroups(),
                    task.schedule(), task.indicators(), List.copyOf(refs), null));
        }
        return result;
    }

    private static boolean mentions(ContentSection section, String id) {
        if (section.title() != null && section.title().contains(id) || section.body() != null && section.body().contains(id)) {
            return true;
        }
        return section.childrenOrEmpty().stream().anyMatch(child -> mentions(child, id));
    }

    private record Footer(Signer signer, List<String> recipients) {
    }

    private Footer footer(List<SourceDocument.Line> lines) {
        List<String> recipients = new ArrayList<>();
        List<String> titleLines = new ArrayList<>();
        String name = null;
        boolean inRecipients = false;
        SourceRef ref = lines.isEmpty() ? null : lines.get(0).ref();
        for (SourceDocument.Line line : lines) {
            String text = Paragraphs.clean(line.text());
            String words = Fold.words(text);
            if (text.isEmpty() || SEPARATOR.matcher(text).matches()) {
                continue;
            }
            if (words.startsWith("noi nhan")) {
                inRecipients = true;
                String rest = text.replaceFirst("^[^:]*:?", "").trim();
                if (!rest.isEmpty()) {
                    recipients.add(recipient(rest));
                }
            } else if (isSignerTitle(text)) {
                inRecipients = false;
                titleLines.add(text);
            } else if (inRecipients && Paragraphs.BULLET.matcher(text).matches()) {
                recipients.add(recipient(text));
            } else if (inRecipients && !recipients.isEmpty() && !recipients.get(recipients.size() - 1).endsWith("/.")
                    && !lastEndedRecipient(line, lines)) {
                recipients.set(recipients.size() - 1, recipients.get(recipients.size() - 1) + " " + recipient(text));
            } else if (words.matches("^\\(?(da ky|ky ten|ky, ghi ro ho ten|ky ghi ro ho ten|ky, dong dau)\\)?.*")) {
                continue;
            } else if (!titleLines.isEmpty() && name == null && isName(text)) {
                name = text;
            } else {
                unplaced(line.ref(), text, "the recipients and signer block");
            }
        }
        SourceRef footerRef = ref == null ? SourceRef.line(1) : ref;
        if (recipients.isEmpty()) {
            findings.add(Finding.Kind.UNPLACED_TEXT, "recipients", footerRef, null, "the document has no recipients (Nơi nhận): add them");
        }
        if (titleLines.isEmpty() || name == null) {
            findings.add(Finding.Kind.HEADER, "signer", footerRef, null,
                    "the signer block lacks " + (titleLines.isEmpty() ? "its title line (GIÁM ĐỐC …)" : "the signer's name") + ": set the signer");
        }
        Signer signer = titleLines.isEmpty() && name == null ? null : new Signer(titleLines.isEmpty() ? null : String.join("\n", titleLines), name);
        return new Footer(signer, recipients);
    }

    private boolean lastEndedRecipient(SourceDocument.Line line, List<SourceDocument.Line> lines) {
        int at = lines.indexOf(line);
        for (int k = at - 1; k >= 0; k--) {
            String previous = Paragraphs.clean(lines.get(k).text());
            if (!previous.isEmpty()) {
                return previous.endsWith(";") || previous.endsWith(".") || lines.get(k).whole();
            }
        }
        return true;
    }

    private static String recipient(String text) {
        return text.replaceFirst("^[-–+•]\\s*", "").replaceAll("[;,.]+\\s*$", "").trim();
    }

    private static boolean isName(String text) {
        String[] words = text.split(" ");
        if (words.length < 2 || words.length > 6 || text.matches(".*\\d.*")) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.codePointAt(0))) {
                return false;
            }
        }
        return !Fold.isUpperCase(text) || words.length <= 5;
    }

    private static boolean isFooterStart(String text) {
        return Fold.words(text).startsWith("noi nhan") || isSignerTitle(text);
    }

    static boolean isSignerTitle(String text) {
        if (!Fold.isUpperCase(text) || text.length() > 80 || text.matches(".*\\d.*") || Paragraphs.ROMAN.matcher(text).matches()) {
            return false;
        }
        String words = Fold.words(text);
        return words.matches("^(kt|tm|tl|tuq|q) .*") || SIGNER_TITLES.contains(words);
    }

    private static boolean isAppendixStart(String text) {
        return Fold.isUpperCase(text) && Fold.words(text).matches("^phu luc\\b.*");
    }

    private void appendix(List<SourceDocument.Line> lines, boolean hasTable) {
        List<SourceDocument.Line> text = lines.stream().filter(l -> !Paragraphs.clean(l.text()).isEmpty()).toList();
        if (text.isEmpty() || hasTable) {
            return;
        }
        findings.add(Finding.Kind.UNPLACED_TEXT, "tasks", text.get(0).ref(), Paragraphs.clean(text.get(0).text()),
                "the appendix (Phụ lục) is read only as a Word table; its " + text.size()
                        + " lines of text are not in the draft: send the Word file, or enter its tasks");
    }

    private Reporting reporting(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            findings.add(Finding.Kind.REPORTING, "reporting", SourceRef.line(1), null, "the document states no reporting clause "
                    + "(who reports to whom, by when): the draft has the units report on the year by 31/12 to " + owner + "; set the reporting rules");
            DeadlineRule endOfYear = DeadlineRule.dates(Map.of(String.valueOf(year), LocalDate.of(year, 12, 31)));
            return new Reporting(null, null, PeriodType.ANNUAL, endOfYear, owner, endOfYear, null, null, null, null);
        }
        String text = String.join(" ", paragraphs.stream().map(Paragraph::text).toList());
        return new ReportingMapping(findings).map(ReportingClause.read(text, paragraphs.get(0).ref(), units, owner), year);
    }

    private void unplaced(SourceRef ref, String text, String where) {
        findings.add(Finding.Kind.UNPLACED_TEXT, null, ref, text, "'" + abbreviate(text) + "' in " + where
                + " was not placed in the draft: add it where it belongs, or leave it out");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "…";
    }
}
