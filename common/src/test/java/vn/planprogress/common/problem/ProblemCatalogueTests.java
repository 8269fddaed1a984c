package vn.planprogress.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue of problem types is what a client developer codes against: one URN each, and docs/problems.md lists them as they are. */
class ProblemCatalogueTests {

    private static final Path TABLE = Path.of("..", "docs", "problems.md");

    @Test
    void docsProblemsListsEveryTypeOfTheCatalogueAsItIs() throws IOException {
        List<String> documented = Files.readAllLines(TABLE).stream().filter(line -> line.startsWith("| `urn:")).toList();
        List<String> catalogue = Arrays.stream(ProblemType.values()).map(ProblemCatalogueTests::row).toList();

        assertEquals(catalogue, documented, () -> "docs/problems.md differs from ProblemType; its rows should read:\n"
                + String.join("\n", catalogue));
    }

    @Test
    void eachTypeHasItsOwnUrnAndAStatusOfAnError() {
        assertEquals(ProblemType.values().length, Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct().count());
        for (ProblemType type : ProblemType.values()) {
            assertTrue(type.uri().matches("urn:planprogress:problem:[a-z]+(-[a-z]+)*"), type.uri());
            assertTrue(type.status() >= 400 && type.status() < 600, type + " " + type.status());
            assertEquals(type, ProblemType.ofUri(type.uri()).orElseThrow());
            for (String text : List.of(type.title(), type.when(), type.whatToDo(), type.example())) {
                assertFalse(text.isBlank() || text.contains("|") || text.contains("\n"), type + ": " + text);
            }
        }
        assertTrue(ProblemType.ofUri("urn:planprogress:problem:error").isEmpty(), "a type outside the catalogue is no type");
    }

    @Test
    void aRefusalOfTheHttpLayerIsATypeOfItsStatusOrAGeneralOne() {
        for (int status : List.of(400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 422, 428, 429, 502, 503, 504)) {
            assertEquals(status, ProblemType.ofHttpStatus(status).status(), "status " + status);
        }
        assertEquals(ProblemType.BAD_REQUEST, ProblemType.ofHttpStatus(410));
        assertEquals(ProblemType.INTERNAL_ERROR, ProblemType.ofHttpStatus(501));
        assertEquals(ProblemType.VALIDATION_FAILED, ProblemType.shownFor(400).orElseThrow());
    }

    private static String row(ProblemType type) {
        return "| `" + type.uri() + "` | " + type.status() + " | " + type.title() + " | " + type.when() + " | "
                + type.whatToDo() + " | `" + type.example() + "` |";
    }
}
