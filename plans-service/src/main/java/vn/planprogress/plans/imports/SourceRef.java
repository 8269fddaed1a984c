package vn.planprogress.plans.imports;

/**
 * Where in the document a piece of text came from, so that a finding points the planner at it: a line
 * of a text, a line of a PDF page, a paragraph of a Word file, or a cell of one of its tables.
 */
public record SourceRef(Integer page, Integer line, Integer paragraph, Integer table, Integer row, Integer cell) {

    public static SourceRef line(int line) {
        return new SourceRef(null, line, null, null, null, null);
    }

    public static SourceRef pageLine(int page, int line) {
        return new SourceRef(page, line, null, null, null, null);
    }

    public static SourceRef paragraph(int paragraph) {
        return new SourceRef(null, null, paragraph, null, null, null);
    }

    public static SourceRef cell(int table, int row, int cell) {
        return new SourceRef(null, null, null, table, row, cell);
    }

    public static SourceRef row(int table, int row) {
        return new SourceRef(null, null, null, table, row, null);
    }

    /** As a planner reads it: "line 304", "page 2, line 14", "paragraph 57", "table 2, row 3, cell 4". */
    public String describe() {
        if (table != null) {
            return "table " + table + ", row " + row + (cell == null ? "" : ", cell " + cell);
        }
        if (paragraph != null) {
            return "paragraph " + paragraph;
        }
        if (page != null) {
            return "page " + page + ", line " + line;
        }
        return "line " + line;
    }

    @Override
    public String toString() {
        return describe();
    }
}
