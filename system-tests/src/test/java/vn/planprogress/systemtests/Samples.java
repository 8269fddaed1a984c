package vn.planprogress.systemtests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** The sample documents the tests send (the repository's {@code samples/}). */
final class Samples {

    private Samples() {
    }

    /** The seed plan as a whole-plan document, ready to POST. */
    static Map<String, Object> seedPlan() {
        try {
            return new ObjectMapper().readValue(Path.of("../samples/ke-hoach-tuyen-truyen-cchc-2022.json").toFile(),
                    new TypeReference<Map<String, Object>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> unit(String code) {
        return Map.of("code", code, "name", "Phòng Thử nghiệm " + code, "parentCode", "SKHCN", "kind", "DIVISION");
    }
}
