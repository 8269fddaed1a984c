package vn.planprogress.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.planprogress.devsupport.Problems.assertInvalidField;
import static vn.planprogress.devsupport.Problems.assertProblem;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.planprogress.devsupport.DevTokens;

/**
 * Hostile text through the gateway: SQL and script fragments, Unicode in either normal form, emoji and
 * right-to-left marks are stored and returned exactly as sent; NUL bytes, overlong strings and bytes
 * that are not UTF-8 are refused with a problem naming what to fix, and leave nothing written.
 */
class HostileTextTests {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String VIETNAMESE = "Phòng Hành chính - Tổng hợp, Sở Khoa học và Công nghệ tỉnh Quảng Ngãi";

    private final RunningSystem system = RunningSystem.get();

    static Stream<Arguments> keptExactly() {
        return Stream.of(
                Arguments.of("SQL", "Robert'); DROP TABLE plans.unit; --"),
                Arguments.of("SQL in quotes", "\" OR 1=1; DELETE FROM progress.revision WHERE ''='"),
                Arguments.of("script", "<script>alert('x')</script><img src=x onerror=alert(1)>"),
                Arguments.of("templates", "${jndi:ldap://example.invalid/a} {{7*7}} #{7*7} %s %n"),
                Arguments.of("NFC", Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFC)),
                Arguments.of("NFD", Normalizer.normalize(VIETNAMESE, Normalizer.Form.NFD)),
                Arguments.of("emoji", "Báo cáo 📊✅ 🇻🇳 👩🏽‍💻 𝕏"),
                Arguments.of("right-to-left", "\u200Fمرحبا\u200F \u202Eabc\u202C \u2067עברית\u2069"),
                Arguments.of("invisible", "zero\u200Bwidth\u200Djoiner\uFEFFbom\u00ADsoft"),
                Arguments.of("longest allowed", "ệ".repeat(300)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keptExactly")
    void hostileLookingTextIsStoredAndReturnedExactly(String kind, String text) {
        String code = newCode();

        createUnit(code, text).then().statusCode(201);

        String stored = system.gateway(DevTokens.viewer()).get("/api/v1/units/" + code).then().statusCode(200)
                .extract().jsonPath().getString("name");
        assertEquals(text, stored, kind);
        assertEquals(List.of(code), codesNamed(text), "listed under exactly the name sent");
    }

    @Test
    void namesInNfcAndNfdAreKeptApartAsSent() {
        String nfc = Normalizer.normalize("Trung tâm Ứng dụng " + SEQUENCE.incrementAndGet(), Normalizer.Form.NFC);
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertNotEquals(nfc, nfd);
        String composed = newCode();
        String decomposed = newCode();

        createUnit(composed, nfc).then().statusCode(201);
        createUnit(decomposed, nfd).then().statusCode(201);

        assertEquals(nfc, system.gateway(DevTokens.viewer()).get("/api/v1/units/" + composed).jsonPath().getString("name"));
        assertEquals(nfd, system.gateway(DevTokens.viewer()).get("/api/v1/units/" + decomposed).jsonPath().getString("name"));
    }

    @Test
    void aTaskCodeIsOneSpellingOnlyItsComposedForm() {
        Map<String, Object> plan = new HashMap<>(Samples.seedPlan());
        List<Map<String, Object>> tasks = new ArrayList<>();
        for (Object task : (List<?>) plan.get("tasks")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = new HashMap<>((Map<String, Object>) task);
            tasks.add(copy);
        }
        plan.put("tasks", tasks);
        tasks.get(0).put("code", Normalizer.normalize("Ạ.1", Normalizer.Form.NFD));
        long plansBefore = plans();

        String message = assertInvalidField(system.gateway(DevTokens.planner()).body(plan).post("/api/v1/plans"), "tasks[0].code");

        assertTrue(message.contains("NFC"), message);
        assertEquals(plansBefore, plans(), "nothing written");
        tasks.get(0).put("code", Normalizer.normalize("Ạ.1", Normalizer.Form.NFC));
        system.gateway(DevTokens.planner()).body(plan).post("/api/v1/plans").then().statusCode(201);
    }

    @Test
    void aNulByteIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = units();

        assertInvalidField(createUnit(newCode(), "Phòng\u0000Hành chính"), "name");

        assertEquals(before, units());
    }

    @Test
    void anOverlongNameIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = units();

        assertInvalidField(createUnit(newCode(), "ệ".repeat(301)), "name");

        assertEquals(before, units());
    }

    @Test
    void aBodyOverTheLimitIsRefusedAtTheGateway() {
        long before = units();

        assertProblem(createUnit(newCode(), "x".repeat(3 * 1024 * 1024)), 413);

        assertEquals(before, units());
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedAsMalformedJson() {
        long before = units();
        byte[] start = ("{\"code\": \"" + newCode() + "\", \"kind\": \"DIVISION\", \"parentCode\": \"SKHCN\", \"name\": \"Ph").getBytes(StandardCharsets.UTF_8);
        byte[] end = "ng\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[start.length + 2 + end.length];
        System.arraycopy(start, 0, body, 0, start.length);
        body[start.length] = (byte) 0xC3;
        body[start.length + 1] = (byte) 0x28;
        System.arraycopy(end, 0, body, start.length + 2, end.length);

        Map<String, Object> problem = assertProblem(system.gateway(DevTokens.admin()).body(body).post("/api/v1/units"), 400);

        assertTrue(String.valueOf(problem.get("detail")).contains("UTF-8"), String.valueOf(problem.get("detail")));
        assertEquals(before, units());
    }

    @Test
    void hostileFiltersFindNothingAndBreakNothing() {
        for (String filter : List.of("' OR '1'='1", "SKHCN'; DROP TABLE plans.plan; --", "<script>", "\u202ESKHCN")) {
            system.gateway(DevTokens.viewer()).queryParam("ownerUnit", filter).get("/api/v1/plans")
                    .then().statusCode(200).extract().jsonPath().getList("items").forEach(item -> {
                        throw new AssertionError("a plan of owner " + filter + ": " + item);
                    });
            system.gateway(DevTokens.viewer()).queryParam("planId", system.samplePlanId()).queryParam("taskCode", filter)
                    .get("/api/v1/submissions").then().statusCode(200);
        }
    }

    private Response createUnit(String code, String name) {
        return system.gateway(DevTokens.admin())
                .body(Map.of("code", code, "name", name, "parentCode", "SKHCN", "kind", "DIVISION"))
                .post("/api/v1/units");
    }

    private List<String> codesNamed(String name) {
        List<String> codes = new ArrayList<>();
        for (int page = 0; ; page++) {
            Response response = system.gateway(DevTokens.viewer()).queryParam("size", 200).queryParam("page", page).get("/api/v1/units");
            List<Map<String, Object>> items = response.jsonPath().getList("items");
            items.stream().filter(unit -> name.equals(unit.get("name"))).forEach(unit -> codes.add((String) unit.get("code")));
            if (page + 1 >= response.jsonPath().getInt("totalPages")) {
                return codes;
            }
        }
    }

    private long units() {
        return system.gateway(DevTokens.viewer()).get("/api/v1/units").jsonPath().getLong("totalItems");
    }

    private long plans() {
        return system.gateway(DevTokens.viewer()).get("/api/v1/plans").jsonPath().getLong("totalItems");
    }

    private static String newCode() {
        return "HT" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
    }
}
