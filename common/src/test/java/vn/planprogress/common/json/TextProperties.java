package vn.planprogress.common.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Text through the API's JSON dialect: kept exactly as sent in any Unicode form, or refused with a reason. */
class TextProperties {

    private static final ObjectMapper JSON = JsonSettings.configure(new ObjectMapper());

    record Note(String text) {
    }

    @Property
    void vietnameseTextInEitherNormalFormRoundTripsExactly(@ForAll("vietnamese") String text, @ForAll Normalizer.Form form) throws Exception {
        String sent = Normalizer.normalize(text, form);
        Note read = JSON.readValue(JSON.writeValueAsString(Map.of("text", sent)), Note.class);
        assertEquals(sent, read.text());
    }

    @Property
    void anyTextWithoutControlCharactersOrBrokenSurrogatesRoundTrips(@ForAll("printable") String text) throws Exception {
        Note read = JSON.readValue(JSON.writeValueAsString(Map.of("text", text)), Note.class);
        assertEquals(text, read.text());
    }

    @Property
    void controlCharactersAreRefused(@ForAll("vietnamese") String text, @ForAll("controls") char control) {
        String body = "{\"text\": " + JSON.valueToTree(text + control).toString() + "}";
        JsonMappingException refused = assertThrows(JsonMappingException.class, () -> JSON.readValue(body, Note.class));
        assertEquals("text", refused.getPath().get(0).getFieldName());
    }

    @Property
    void anUnpairedSurrogateIsRefused(@ForAll("vietnamese") String text) {
        String body = "{\"text\": \"" + text + "\\ud800\"}";
        assertThrows(JsonMappingException.class, () -> JSON.readValue(body, Note.class));
    }

    @Provide
    Arbitrary<String> vietnamese() {
        return Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ ĐƯƠ.,;:-/()“”")
                .ofMaxLength(80);
    }

    @Provide
    Arbitrary<String> printable() {
        return Arbitraries.strings().all().ofMaxLength(60).filter(s -> CleanText.faultOf(s) == null);
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.chars().range('\u0000', '\u001f').filter(c -> c != '\n' && c != '\r' && c != '\t');
    }
}
