package vn.planprogress.plans.imports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.planprogress.plans.api.UnitDocument;

/** The files the import tests read: the seed document, the sample plan and units as the repository has them, the test plans. */
public final class ImportSources {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String SEED = "shared/seed/ke-hoach-tuyen-truyen-cchc-2022.txt";

    private ImportSources() {
    }

    /** The seed document: shared/ lies beside the repository (or the worktree's folder of worktrees). */
    public static Path seedPath() {
        return above(SEED);
    }

    /** The nearest {@code path} in the working directory or above it: the module's tests and the benchmark run from different places. */
    private static Path above(String path) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(path))) {
                return dir.resolve(path);
            }
        }
        throw new IllegalStateException("no " + path + " here or above");
    }

    public static byte[] seed() {
        return read(seedPath());
    }

    /** The sample plan itself, from the repository's samples/ (../samples from the module). */
    static JsonNode samplePlan() {
        try {
            return JSON.readTree(read(above("samples/ke-hoach-tuyen-truyen-cchc-2022.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<UnitDocument> sampleUnits() {
        try {
            return JSON.readValue(read(above("samples/units.json")), new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sample units and more from a test resource (the units of another department). */
    static List<UnitDocument> unitsWith(String resource) {
        List<UnitDocument> units = new ArrayList<>(sampleUnits());
        try {
            units.addAll(JSON.readValue(resource(resource), new TypeReference<List<UnitDocument>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return units;
    }

    static String resourceText(String name) {
        return new String(resource(name), StandardCharsets.UTF_8);
    }

    static byte[] resource(String name) {
        try (InputStream in = ImportSources.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource imports/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
