package vn.planprogress.plans.imports;

/**
 * Something the import could not read, resolve or place, or that it made up because the document does
 * not say it: the draft field it concerns, where in the document it came from, the text as written and
 * what the planner should do.
 */
public record Finding(Kind kind, String field, SourceRef source, String text, String message) {

    /** What kind of thing a finding is about. */
    public enum Kind {
        /** A unit name that is not in the unit directory, or that names two units. */
        UNKNOWN_UNIT,
        /** Units given as a group where the draft needs them one by one. */
        GROUP_NOT_ALLOWED,
        /** A time frame the reader could not read, or could only approximate. */
        TIME_FRAME,
        /** A part of the header the document leaves out or writes unreadably. */
        HEADER,
        /** A legal basis or parent plan that lacks a number or a date. */
        DOCUMENT_REFERENCE,
        /** A code the document does not give, made by the reader. */
        MADE_UP_CODE,
        /** A content reference the reader inferred rather than read. */
        INFERRED_REFERENCE,
        /** A breakdown whose parts do not add up to its total. */
        BREAKDOWN,
        /** A percentage target, which indicators cannot yet state as such. */
        PERCENT_TARGET,
        /** A reporting rule the plan's reporting cannot yet express, or that the document leaves out. */
        REPORTING,
        /** A task lacking something a task needs. */
        TASK,
        /** Text the reader could not place in the draft. */
        UNPLACED_TEXT
    }

    @Override
    public String toString() {
        return kind + " " + field + " (" + source + "): " + message;
    }
}
