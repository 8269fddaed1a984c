package vn.planprogress.localrun;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The seed plan ({@code samples/ke-hoach-tuyen-truyen-cchc-2022.json}) as a whole-plan document,
 * and copies of it moved to another year with other reporting deadlines: the run command's demo of
 * this year and the system tests' plans on the real clock. The seed file itself is never changed.
 */
public final class SamplePlan {

    public static final String FILE = "ke-hoach-tuyen-truyen-cchc-2022.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SamplePlan() {
    }

    /** The seed plan as the file states it. */
    public static ObjectNode seed(Path samples) {
        try {
            return (ObjectNode) JSON.readTree(samples.resolve(FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of {@code plan} for {@code year}, issued on 15 March of it, reported by {@code periodType}
     * with the given unit and consolidated deadlines per period code. Its title and schedule labels
     * still name the seed's year unless {@link #retitled} is applied too.
     */
    public static ObjectNode movedTo(JsonNode plan, int year, String periodType, Map<String, LocalDate> unitDeadlines,
                                     Map<String, LocalDate> consolidatedDeadlines) {
        ObjectNode moved = plan.deepCopy();
        moved.put("year", year);
        moved.put("issuedOn", LocalDate.of(year, 3, 15).toString());
        ObjectNode reporting = (ObjectNode) moved.get("reporting");
        reporting.put("periodType", periodType);
        reporting.set("unitDeadline", dates(unitDeadlines));
        reporting.set("consolidatedDeadline", dates(consolidatedDeadlines));
        return moved;
    }

    /** The title and the tasks' schedule labels naming {@code year} where they named the seed's ({@code 2022}). */
    public static ObjectNode retitled(ObjectNode plan, int seedYear) {
        String from = String.valueOf(seedYear);
        String to = plan.get("year").asText();
        plan.put("title", plan.get("title").asText().replace(from, to));
        for (JsonNode task : plan.path("tasks")) {
            JsonNode schedule = task.path("schedule");
            if (schedule.hasNonNull("label")) {
                ((ObjectNode) schedule).put("label", schedule.get("label").asText().replace(from, to));
            }
        }
        return plan;
    }

    private static ObjectNode dates(Map<String, LocalDate> byPeriod) {
        ObjectNode dates = JSON.createObjectNode();
        byPeriod.forEach((period, date) -> dates.put(period, date.toString()));
        return JSON.createObjectNode().set("dates", dates);
    }
}
