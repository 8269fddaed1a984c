package vn.planprogress.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * This year's demo as {@code samples/demo-current-year.json} tells it, on the current-year copy of the
 * seed plan: which units reported on time, which submission was corrected, which the department
 * accepted or returned, and which unit has not reported. The welcome prints it; a system test checks
 * that the live report shows it. Each entry is a unit and a task, as {@code "TTUDDV III.3"}.
 */
public record DemoYear(String planId, int year, LocalDate unitDeadline, List<String> onTime, List<String> corrected,
                       List<String> accepted, Map<String, String> returned, List<String> missing) {

    public static final String FILE = "demo-current-year.json";

    /** What the demo file says happens on {@code plan} (a whole-plan document): the missing are the lead units left out. */
    static DemoYear of(String planId, JsonNode plan, JsonNode demo, LocalDate unitDeadline) {
        List<String> onTime = entries(demo.path("submissions"));
        List<String> accepted = new ArrayList<>();
        Map<String, String> returned = new java.util.LinkedHashMap<>();
        for (JsonNode review : demo.path("reviews")) {
            if ("ACCEPT".equals(review.path("decision").asText())) {
                accepted.add(entry(review));
            } else {
                returned.put(entry(review), review.path("comment").asText());
            }
        }
        Set<String> expected = new LinkedHashSet<>();
        for (JsonNode task : plan.path("tasks")) {
            for (JsonNode unit : task.path("leadUnits")) {
                expected.add(unit.asText() + " " + task.path("code").asText());
            }
        }
        expected.removeAll(onTime);
        return new DemoYear(planId, plan.path("year").asInt(), unitDeadline, onTime, entries(demo.path("corrections")), accepted,
                returned, List.copyOf(expected));
    }

    public static String entry(JsonNode item) {
        return item.path("unitCode").asText() + " " + item.path("taskCode").asText();
    }

    private static List<String> entries(JsonNode items) {
        List<String> entries = new ArrayList<>();
        items.forEach(item -> entries.add(entry(item)));
        return List.copyOf(entries);
    }
}
