package vn.planprogress.plans.imports;

import java.util.ArrayList;
import java.util.List;

/** The findings of one reading, in the order the document gave rise to them. */
final class Findings {

    private final List<Finding> all = new ArrayList<>();

    void add(Finding.Kind kind, String field, SourceRef source, String text, String message) {
        all.add(new Finding(kind, field, source, text, message));
    }

    List<Finding> all() {
        return List.copyOf(all);
    }
}
