package vn.planprogress.systemtests;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import vn.planprogress.localrun.SamplePlan;

/** The sample documents the tests send (the repository's {@code samples/}). */
final class Samples {

    private Samples() {
    }

    /** The repository's {@code samples/}, seen from this module. */
    static final Path DIRECTORY = Path.of("../samples");

    /** The seed plan as a whole-plan document, ready to POST. */
    static Map<String, Object> seedPlan() {
        return new ObjectMapper().convertValue(SamplePlan.seed(DIRECTORY), new TypeReference<Map<String, Object>>() {
        });
    }

    static Map<String, Object> unit(String code) {
        return Map.of("code", code, "name", "Phòng Thử nghiệm " + code, "parentCode", "SKHCN", "kind", "DIVISION");
    }
}
