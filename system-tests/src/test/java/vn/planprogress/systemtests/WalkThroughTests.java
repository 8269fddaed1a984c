package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.localrun.DemoYear;
import vn.planprogress.localrun.SampleLoader;
import vn.planprogress.localrun.Service;
import vn.planprogress.localrun.Welcome;

/**
 * What a newcomer sees first: this year's demo as the run command loads it (its live report shows
 * the outcomes the welcome names), then the README's walk-through, its curl lines read out of
 * README.md between the walk-through markers and run as printed, from the line the welcome prints.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkThroughTests {

    private static final RunningSystem SYSTEM = RunningSystem.get();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static DemoYear demo;

    @BeforeAll
    static void loadThisYearsDemoAsTheRunCommandDoes() throws Exception {
        demo = new SampleLoader(SYSTEM.url(Service.GATEWAY)).loadThisYear(Samples.DIRECTORY,
                LocalDate.now(CurrentYearPlan.BUSINESS_ZONE));
    }

    @Test
    @Order(1)
    void theDemosLiveReportShowsEachOutcomeTheWelcomeNames() throws IOException {
        assertEquals(LocalDate.now(CurrentYearPlan.BUSINESS_ZONE).getYear(), demo.year());
        assertTrue(demo.unitDeadline().isAfter(LocalDate.now(CurrentYearPlan.BUSINESS_ZONE)), "the deadline is ahead");
        assertFalse(demo.onTime().isEmpty() || demo.corrected().isEmpty() || demo.returned().isEmpty() || demo.missing().isEmpty(),
                demo::toString);
        JsonPath report = SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/reports/plans/" + demo.planId())
                .then().statusCode(200).extract().jsonPath();

        Map<String, String> outcomes = new HashMap<>();
        for (Map<String, Object> item : report.<Map<String, Object>>getList("completeness.submissions")) {
            outcomes.put(item.get("unitCode") + " " + item.get("taskCode"), (String) item.get("outcome"));
        }
        for (String onTime : demo.onTime()) {
            assertEquals("ON_TIME", outcomes.get(onTime), onTime);
        }
        for (String missing : demo.missing()) {
            assertEquals("MISSING", outcomes.get(missing), missing);
        }
        assertEquals(List.of(demo.onTime().size(), 0, demo.missing().size()), List.of(report.getInt("completeness.counts.onTime"),
                report.getInt("completeness.counts.late"), report.getInt("completeness.counts.missing")));
        assertEquals(demo.missing().stream().map(entry -> entry.split(" ")[0]).distinct().toList(),
                report.getList("completeness.missingUnits.code"));

        // The correction's figures are the ones counted, at the submission's second revision.
        JsonNode correction = JSON.readTree(Samples.DIRECTORY.resolve(DemoYear.FILE).toFile()).path("corrections").get(0);
        String corrected = demo.corrected().get(0);
        assertEquals(DemoYear.entry(correction), corrected);
        JsonNode firstValue = correction.path("values").get(0);
        assertEquals(firstValue.path("value").asInt(), report.getInt("tasks.find { it.code == '" + correction.path("taskCode").asText()
                + "' }.indicators.find { it.code == '" + firstValue.path("indicatorCode").asText() + "' }.achieved"));
        assertEquals(List.of(2), submissions("unitCode=" + correction.path("unitCode").asText() + "&taskCode="
                + correction.path("taskCode").asText()).getList("items.revision"));

        assertEquals(demo.returned().keySet().stream().sorted().toList(), entries(submissions("state=RETURNED")));
        assertEquals(demo.accepted().stream().sorted().toList(), entries(submissions("state=ACCEPTED")));
    }

    @Test
    @Order(2)
    void theReadmesWalkThroughRunsAsPrinted() throws Exception {
        List<String> commands = walkThroughCommands();
        assertTrue(commands.stream().filter(line -> line.contains("curl ")).count() >= 8, commands::toString);
        Path directory = Files.createTempDirectory(Path.of("target"), "walk-through-");
        String script = "set -euo pipefail\n" + Welcome.exports(SYSTEM.url(Service.GATEWAY), demo) + "\n" + String.join("\n", commands) + "\n";

        Process bash = new ProcessBuilder("bash", "-c", script).directory(directory.toFile()).redirectErrorStream(true).start();
        String output;
        try (InputStream out = bash.getInputStream()) {
            output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertTrue(bash.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, bash.exitValue(), output);

        // The reporter's submission, corrected and returned: two revisions, back with the unit.
        JsonPath submitted = submissions("unitCode=" + Welcome.WALK_THROUGH_UNIT);
        assertEquals(List.of(2), submitted.getList("items.revision"), output);
        assertEquals(List.of("RETURNED"), submitted.getList("items.state"), output);
        assertEquals(List.of("DONE"), submitted.getList("items.status"), output);
        // The live report it read counted CCTDC on time with the others.
        assertTrue(output.replace(" ", "").contains("\"onTime\":" + (demo.onTime().size() + 1)), output);

        byte[] csv = Files.readAllBytes(directory.resolve("bao-cao.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<String> lines = Arrays.asList(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertTrue(lines.stream().anyMatch(line -> line.matches("Số liệu tính đến,\\d{2}/\\d{2}/" + demo.year() + " \\d{2}:\\d{2}")),
                lines::toString);
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("III.6," + Welcome.WALK_THROUGH_UNIT + ",")
                && line.matches(".*,Đúng hạn,\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}")), lines::toString);
        try (XWPFDocument docx = new XWPFDocument(Files.newInputStream(directory.resolve("bao-cao.docx")));
             XWPFWordExtractor text = new XWPFWordExtractor(docx)) {
            assertTrue(text.getText().matches("(?s).*, ngày \\d{2} tháng \\d{1,2} năm " + demo.year() + ".*"), text::getText);
            assertTrue(text.getText().contains("năm " + demo.year()), text::getText);
        }
    }

    /** The lines of the code blocks between {@code <!-- walk-through -->} and {@code <!-- /walk-through -->} in README.md. */
    private static List<String> walkThroughCommands() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("<!-- walk-through -->");
        int end = readme.indexOf("<!-- /walk-through -->");
        assertTrue(start >= 0 && end > start, "README.md has the walk-through between its markers");
        List<String> commands = new ArrayList<>();
        boolean inBlock = false;
        for (String line : readme.substring(start, end).split("\n")) {
            if (line.startsWith("```")) {
                inBlock = !inBlock;
            } else if (inBlock) {
                commands.add(line);
            }
        }
        return commands;
    }

    private static JsonPath submissions(String query) {
        return SYSTEM.gateway(DevTokens.viewer()).get("/api/v1/submissions?planId=" + demo.planId() + "&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> entries(JsonPath submissions) {
        List<Map<String, Object>> items = submissions.getList("items");
        return items.stream().map(item -> item.get("unitCode") + " " + item.get("taskCode")).sorted().collect(Collectors.toList());
    }
}
