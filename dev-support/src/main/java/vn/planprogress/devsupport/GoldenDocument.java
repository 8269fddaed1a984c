package vn.planprogress.devsupport;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/**
 * A JSON document as it was reviewed (an OpenAPI document in {@code docs/openapi/}, say), compared
 * with the one the code makes now: the order of an object's fields and how a number is written
 * ({@code 100.0} or {@code 100}) do not count, everything else does. On a difference the test
 * fails naming each changed place, and the document of now is written beside the build output, so
 * that an intended change is reviewed as a diff of the copy.
 */
public final class GoldenDocument {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int SHOWN = 40;

    private GoldenDocument() {
    }

    /** The repository's {@code docs/openapi/<name>.json}, seen from a module's directory (where tests run). */
    public static Path openApi(String name) {
        return Path.of("..", "docs", "openapi", name + ".json").toAbsolutePath().normalize();
    }

    public static JsonNode read(Path golden) {
        try {
            return JSON.readTree(golden.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("The golden document " + golden + " cannot be read", e);
        }
    }

    /** Fails unless {@code actual} equals the document kept in {@code golden}. */
    public static void assertMatches(Path golden, JsonNode actual) {
        List<String> differences = new ArrayList<>();
        if (Files.exists(golden)) {
            compare("", read(golden), actual, differences);
            if (differences.isEmpty()) {
                return;
            }
        }
        Path written = Path.of("target", "golden", golden.getFileName().toString()).toAbsolutePath();
        write(written, actual);
        List<String> shown = differences.subList(0, Math.min(SHOWN, differences.size()));
        String found = differences.isEmpty() ? "There is no reviewed document " + golden + " yet."
                : differences.size() + " difference(s) from the reviewed document " + golden + ":\n  "
                + String.join("\n  ", shown) + (differences.size() > SHOWN ? "\n  ..." : "");
        fail(found + "\nThe document of now is in " + written + "; if the change is intended, review it and copy it over:\n"
                + "  cp " + written + " " + golden);
    }

    public static void assertMatches(Path golden, String actual) {
        try {
            assertMatches(golden, JSON.readTree(actual));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JSON document", e);
        }
    }

    /** Writes a document as the golden copies are kept: fields sorted, two spaces of indent. */
    public static void write(Path file, JsonNode document) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, JSON.writeValueAsString(sorted(document)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode sorted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode copy = JSON.createObjectNode();
            new TreeSet<>(iterable(object.fieldNames())).forEach(name -> copy.set(name, sorted(object.get(name))));
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    /** Each place where the two differ, as a JSON pointer with what was reviewed and what is there now. */
    private static void compare(String at, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.equals(actual) || expected.isNumber() && actual.isNumber()
                && expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
            // 100.0 and 100 are one number in JSON, however a mapper writes it.
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> names = new TreeSet<>(iterable(expected.fieldNames()));
            names.addAll(iterable(actual.fieldNames()));
            for (String name : names) {
                String where = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!actual.has(name)) {
                    differences.add(where + ": removed (was " + shortly(expected.get(name)) + ")");
                } else if (!expected.has(name)) {
                    differences.add(where + ": added " + shortly(actual.get(name)));
                } else {
                    compare(where, expected.get(name), actual.get(name), differences);
                }
            }
            return;
        }
        if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                compare(at + "/" + i, expected.get(i), actual.get(i), differences);
            }
            return;
        }
        differences.add((at.isEmpty() ? "/" : at) + ": was " + shortly(expected) + ", now " + shortly(actual));
    }

    private static String shortly(JsonNode node) {
        String text = node.toString();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }

    private static List<String> iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }
}
