package vn.planprogress.plans.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.planprogress.plans.api.PlanDocument;

/** A draft compared with a plan document field by field: every difference with its path, for a failure that says where. */
final class PlanComparison {

    private PlanComparison() {
    }

    /** The paths where {@code draft} differs from {@code expected}, but for those in {@code notStated}. */
    static List<String> differences(JsonNode expected, PlanDocument draft, Set<String> notStated) {
        List<String> out = new ArrayList<>();
        compare("", expected, ImportSources.JSON.valueToTree(draft), notStated, out);
        return out;
    }

    private static void compare(String path, JsonNode expected, JsonNode actual, Set<String> skip, List<String> out) {
        if (skip.contains(path)) {
            return;
        }
        if (expected == null || expected.isNull()) {
            if (!isEmpty(actual)) {
                out.add(path + ": not in the sample, read " + actual);
            }
            return;
        }
        if (expected.isObject()) {
            if (actual == null || !actual.isObject()) {
                out.add(path + ": expected " + expected + ", read " + actual);
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                compare(path + "." + field.getKey(), field.getValue(), actual.get(field.getKey()), skip, out);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = actual.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!expected.has(field.getKey())) {
                    compare(path + "." + field.getKey(), null, field.getValue(), skip, out);
                }
            }
        } else if (expected.isArray()) {
            if (actual == null || !actual.isArray()) {
                out.add(path + ": expected " + expected + ", read " + actual);
                return;
            }
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " items, read " + actual.size() + ": " + actual);
            }
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                compare(path + "[" + i + "]", expected.get(i), actual.get(i), skip, out);
            }
        } else if (expected.isNumber()) {
            if (actual == null || !actual.isNumber() || expected.decimalValue().compareTo(actual.decimalValue()) != 0) {
                out.add(path + ": expected " + expected + ", read " + actual);
            }
        } else if (!expected.equals(actual)) {
            out.add(path + ":\n    expected " + expected + "\n    read     " + actual);
        }
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }
}
