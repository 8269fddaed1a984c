package vn.planprogress.plans.imports;

import java.util.List;

/**
 * A document as its form gives it, before any reading: lines of text in order (a text's or a PDF's
 * lines, a Word file's paragraphs) and tables, each piece with where it came from.
 */
record SourceDocument(List<Block> blocks) {

    sealed interface Block permits Line, Table {
    }

    /**
     * A line of text. {@code whole} when the form says where paragraphs end (a Word paragraph); a text's
     * or PDF's lines are broken where the page was full, and the reader joins them back. {@code indented}
     * when a PDF's line starts right of the page's left margin (a paragraph's first line), null when the
     * form does not say.
     */
    record Line(String text, SourceRef ref, boolean whole, Boolean indented) implements Block {

        Line(String text, SourceRef ref, boolean whole) {
            this(text, ref, whole, null);
        }
    }

    /** A table, its rows as written; {@code number} counts the document's tables from 1. */
    record Table(int number, List<Row> rows) implements Block {
    }

    record Row(int number, List<Cell> cells) {
    }

    /**
     * A cell: its paragraphs, the grid column it starts at and how many it spans, and whether it continues
     * the cell above (a vertical merge, which Word leaves empty).
     */
    record Cell(List<String> paragraphs, int column, int span, boolean continued) {

        String text() {
            return String.join(" ", paragraphs).replaceAll("\\s+", " ").trim();
        }
    }
}
