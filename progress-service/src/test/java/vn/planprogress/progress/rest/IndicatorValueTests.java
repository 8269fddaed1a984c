package vn.planprogress.progress.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.planprogress.devsupport.JsonApi.as;
import static vn.planprogress.progress.ProgressFixtures.Q2_ENTRY_OPEN;
import static vn.planprogress.progress.ProgressFixtures.REPORTER_HCTH;
import static vn.planprogress.progress.ProgressFixtures.SUBMISSIONS;
import static vn.planprogress.progress.ProgressFixtures.cutOffSubmission;
import static vn.planprogress.progress.ProgressFixtures.post;
import static vn.planprogress.progress.ProgressFixtures.put;
import static vn.planprogress.progress.ProgressFixtures.submitted;
import static vn.planprogress.progress.ProgressFixtures.text;
import static vn.planprogress.progress.ProgressFixtures.value;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.planprogress.devsupport.DevTokens;
import vn.planprogress.devsupport.Problems;
import vn.planprogress.devsupport.TestDatabase;
import vn.planprogress.progress.PlansServiceStub;
import vn.planprogress.progress.ProgressFixtures;

/**
 * What a value holds follows the indicator's measure, on task 1.1 of the cut-off plan 12/KH-SNV: TL is
 * a percent (0 to 100), HS a number, KQ qualitative (a text, no number). Each broken rule is a 400
 * naming {@code values[i].value} or {@code values[i].text}, and nothing is written.
 */
@QuarkusTest
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
@WithTestResource(value = PlansServiceStub.class, scope = TestResourceScope.GLOBAL)
class IndicatorValueTests {

    @Inject
    ProgressFixtures fixtures;

    @BeforeEach
    void reset() {
        fixtures.reset();
        fixtures.now(Q2_ENTRY_OPEN);
    }

    @Test
    void aValueOfEachMeasureIsStoredAndAnsweredAsSent() {
        // The qualitative result in NFD (decomposed) as well as NFC: kept exactly as sent.
        String result = "Đã công khai 100% thủ tục hành chính; cập nhật kịp thời trên Cổng dịch vụ công. Tiếp tục rà soát quy trình nội bộ";
        String decomposed = java.text.Normalizer.normalize("Hoàn thành số hóa hồ sơ lưu trữ", java.text.Normalizer.Form.NFD);
        Map<String, Object> body = withValues(value("TL", null, 100), value("HS", null, 0), text("KQ", result + " " + decomposed));

        String id = submitted(REPORTER_HCTH, body);

        as(DevTokens.viewer()).get(SUBMISSIONS + "/" + id).then().statusCode(200)
                .body("values.indicatorCode", contains("TL", "HS", "KQ"))
                .body("values[0].value", equalTo(100)).body("values[0].text", nullValue())
                .body("values[1].value", equalTo(0))
                .body("values[2].value", nullValue()).body("values[2].text", equalTo(result + " " + decomposed));
    }

    @Test
    void aPercentIsFrom0To100() {
        assertEquals("indicator TL is a percent: from 0 to 100, not 100.5",
                refused(withValues(value("TL", null, new BigDecimal("100.5"))), "values[0].value"));
        assertEquals("must be 0 or more", refused(withValues(value("TL", null, -1)), "values[0].value"));
        post(REPORTER_HCTH, withValues(value("TL", null, 0))).then().statusCode(201).body("values[0].value", equalTo(0));
    }

    @Test
    void aPercentOrANumberTakesAValueAndNoText() {
        assertEquals("indicator TL is a percent: give its value", refused(withValues(value("TL", null, null)), "values[0].value"));
        assertEquals("indicator HS is a number: give its value", refused(withValues(text("HS", "350 hồ sơ")), "values[0].value"));
        Map<String, Object> both = value("TL", null, 95);
        both.put("text", "95%");
        assertEquals("indicator TL is a percent: give its value, not a text (text is for qualitative indicators)",
                refused(withValues(both), "values[0].text"));
        assertEquals("indicator HS is a number: give its value, not a text (text is for qualitative indicators)",
                refused(withValues(text("HS", "350 hồ sơ")), "values[0].text"));
    }

    @Test
    void aQualitativeIndicatorTakesATextAndNoNumber() {
        Map<String, Object> withNumber = text("KQ", "Đã công khai");
        withNumber.put("value", 1);
        assertEquals("indicator KQ is qualitative: its result is a text; leave value out", refused(withValues(withNumber), "values[0].value"));
        assertEquals("indicator KQ is qualitative: give its result in text", refused(withValues(value("KQ", null, 1)), "values[0].text"));
        assertEquals("indicator KQ is qualitative: give its result in text", refused(withValues(text("KQ", "   ")), "values[0].text"));
        assertEquals("size must be between 0 and 5000", refused(withValues(text("KQ", "ư".repeat(5_001))), "values[0].text"));
        post(REPORTER_HCTH, withValues(text("KQ", "ư".repeat(5_000)))).then().statusCode(201);
    }

    @Test
    void everyValueBreakingItsMeasureIsNamedAtOnce() {
        Response response = fixtures.writesNothing(() -> post(REPORTER_HCTH,
                withValues(value("TL", null, 101), value("HS", null, null), value("KQ", null, 3))));

        Problems.assertInvalidField(response, "values[0].value");
        Problems.assertInvalidField(response, "values[1].value");
        Problems.assertInvalidField(response, "values[2].value");
        Problems.assertInvalidField(response, "values[2].text");
    }

    @Test
    void aCorrectionKeepsTheRulesOfTheMeasures() {
        String id = submitted(REPORTER_HCTH, cutOffSubmission("HCTH", "2023-Q2"));
        Map<String, Object> correction = withValues(value("TL", null, 120));

        Problems.assertInvalidField(fixtures.writesNothing(() -> put(REPORTER_HCTH, id, 1, correction)), "values[0].value");
    }

    private String refused(Map<String, Object> body, String field) {
        return Problems.assertInvalidField(fixtures.writesNothing(() -> post(REPORTER_HCTH, body)), field);
    }

    @SafeVarargs
    private static Map<String, Object> withValues(Map<String, Object>... values) {
        Map<String, Object> body = new LinkedHashMap<>(cutOffSubmission("HCTH", "2023-Q2"));
        body.put("values", new ArrayList<>(List.of(values)));
        return body;
    }
}
