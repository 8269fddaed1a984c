package vn.planprogress.plans.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table of tasks, usually a plan's appendix (Phụ lục): STT | Nội dung | Đơn vị chủ trì | phối hợp |
 * Thời gian | Sản phẩm, the header perhaps on two rows ("Đơn vị thực hiện" over "Chủ trì" and "Phối hợp"),
 * group rows numbered I, II giving their tasks' codes a prefix.
 */
final class TaskTable {

    enum Column {
        CODE, TITLE, LEAD, COORDINATING, TIME, PRODUCT, OTHER
    }

    /** A task row's cells by column, with where each cell is. */
    record Row(String code, Map<Column, String> cells, Map<Column, SourceRef> refs, List<String> others, SourceRef source) {
    }

    /** What a table gives: its task rows, and the headers of columns no task field takes. */
    record Rows(List<Row> rows, Map<String, SourceRef> unreadColumns) {
    }

    private static final Pattern ROMAN = Pattern.compile("^[IVXL]+\\.?$");
    private static final Pattern STT = Pattern.compile("^\\d{1,3}(\\.\\d{1,3})*\\.?$");

    private TaskTable() {
    }

    static boolean isTaskTable(SourceDocument.Table table) {
        StringBuilder header = new StringBuilder();
        table.rows().stream().limit(2).forEach(row -> row.cells().forEach(cell -> header.append(' ').append(Fold.words(cell.text()))));
        String h = header.toString();
        return h.contains("chu tri") && (h.contains("noi dung") || h.contains("nhiem vu") || h.contains("hoat dong"));
    }

    static Rows read(SourceDocument.Table table) {
        int headerRows = 1;
        if (table.rows().size() > 1 && !startsTask(table.rows().get(1)) && !isNumbering(table.rows().get(1))) {
            headerRows = 2;
        }
        Map<Integer, StringBuilder> headers = new HashMap<>();
        for (int r = 0; r < headerRows; r++) {
            for (SourceDocument.Cell cell : table.rows().get(r).cells()) {
                for (int g = cell.column(); g < cell.column() + cell.span(); g++) {
                    headers.computeIfAbsent(g, k -> new StringBuilder()).append(' ').append(Fold.words(cell.text()));
                }
            }
        }
        Map<Integer, Column> columns = new HashMap<>();
        Map<String, SourceRef> unread = new LinkedHashMap<>();
        headers.forEach((g, text) -> {
            Column column = column(text.toString().trim());
            columns.put(g, column);
            if (column == Column.OTHER && !text.toString().isBlank()) {
                unread.put(text.toString().trim(), SourceRef.cell(table.number(), 1, g + 1));
            }
        });
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> above = new HashMap<>();
        String group = null;
        for (SourceDocument.Row row : table.rows().subList(headerRows, table.rows().size())) {
            if (isNumbering(row)) {
                continue;
            }
            Map<Column, String> cells = new LinkedHashMap<>();
            Map<Column, SourceRef> refs = new LinkedHashMap<>();
            List<String> others = new ArrayList<>();
            for (SourceDocument.Cell cell : row.cells()) {
                String text = cell.continued() ? above.getOrDefault(cell.column(), "") : cell.text();
                above.put(cell.column(), text);
                Column column = cell.span() > 1 && cell.column() > 0 ? Column.TITLE : columns.getOrDefault(cell.column(), Column.OTHER);
                if (text.isEmpty()) {
                    continue;
                }
                if (column == Column.OTHER) {
                    others.add(text);
                } else {
                    cells.merge(column, text, (a, b) -> a + " " + b);
                    refs.putIfAbsent(column, SourceRef.cell(table.number(), row.number(), cell.column() + 1));
                }
            }
            String code = cells.getOrDefault(Column.CODE, "").replaceAll("\\.$", "");
            boolean unitsOrTime = cells.containsKey(Column.LEAD) || cells.containsKey(Column.COORDINATING) || cells.containsKey(Column.TIME);
            if (ROMAN.matcher(code).matches() && !unitsOrTime || code.isEmpty() && !unitsOrTime && cells.containsKey(Column.TITLE) && row.cells().size() == 1) {
                group = code.isEmpty() ? group : code;
                continue;
            }
            if (cells.isEmpty() && others.isEmpty()) {
                continue;
            }
            String fullCode = code.isEmpty() ? null : group == null ? code : group + "." + code;
            rows.add(new Row(fullCode, cells, refs, others, SourceRef.row(table.number(), row.number())));
        }
        return new Rows(rows, unread);
    }

    private static Column column(String header) {
        if (header.matches("^(stt|tt|so tt|so thu tu)\\b.*")) {
            return Column.CODE;
        }
        if (header.contains("chu tri")) {
            return Column.LEAD;
        }
        if (header.contains("phoi hop")) {
            return Column.COORDINATING;
        }
        if (header.contains("thoi gian") || header.contains("tien do") || header.contains("thoi han")) {
            return Column.TIME;
        }
        if (header.contains("san pham") || header.contains("ket qua")) {
            return Column.PRODUCT;
        }
        if (header.contains("noi dung") || header.contains("nhiem vu") || header.contains("hoat dong")) {
            return Column.TITLE;
        }
        return Column.OTHER;
    }

    private static boolean startsTask(SourceDocument.Row row) {
        String first = row.cells().isEmpty() ? "" : row.cells().get(0).text();
        return STT.matcher(first).matches() || ROMAN.matcher(first).matches();
    }

    /** The row "(1) (2) (3) …" that numbers the columns. */
    private static boolean isNumbering(SourceDocument.Row row) {
        return row.cells().size() > 2 && row.cells().stream().allMatch(c -> c.text().matches("\\(?\\d{1,2}\\)?"));
    }
}
